import { toAlertRef } from "@/lib/alerts/alert-view";
import type { AlertRef } from "@/lib/api/alerts-schemas";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import type { AlertKind, PrismaClient } from "@/lib/generated/prisma/client";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";
import type { Period } from "@/lib/periods";

export type MatchedPaper = { paper: PaperSummary; alerts: AlertRef[] };

type Row = Parameters<typeof toPaperSummary>[0] & { alerts: { id: string; kind: AlertKind; query: string; hasCode: boolean }[] };

/**
 * The papers a person's alerts matched during a digest's period (by when they were matched), with
 * the alerts: each match falls in exactly one daily and one weekly period, so it is in one digest
 * of each, and a re-sent digest lists the same papers. Scoped by the person in the query.
 */
export async function listMatchedInPeriod(db: PrismaClient, userId: string, period: Period, limit = 20): Promise<MatchedPaper[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${paperSummaryColumns}, m."alerts"
    FROM (
      SELECT i."paperId", max(i."createdAt") AS "matchedAt",
        json_agg(json_build_object('id', a."id", 'kind', a."kind", 'query', a."query", 'hasCode', a."hasCode") ORDER BY a."createdAt") AS "alerts"
      FROM "InboxItem" i JOIN "Alert" a ON a."id" = i."alertId"
      WHERE i."userId" = ${userId} AND i."createdAt" >= ${period.start} AND i."createdAt" < ${period.end}
      GROUP BY i."paperId"
      ORDER BY "matchedAt" DESC, i."paperId" DESC
      LIMIT ${limit}
    ) m JOIN "Paper" p ON p."id" = m."paperId"
    ORDER BY m."matchedAt" DESC, p."id" DESC`;
  return rows.map(({ alerts, ...paper }) => ({ paper: toPaperSummary(paper), alerts: alerts.map(toAlertRef) }));
}
