import { toAlertRef } from "@/lib/alerts/alert-view";
import type { InboxEntry } from "@/lib/api/alerts-schemas";
import type { AlertKind, PrismaClient } from "@/lib/generated/prisma/client";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";

type Row = Parameters<typeof toPaperSummary>[0] & {
  matchedAt: Date;
  read: boolean;
  alerts: { id: string; kind: AlertKind; query: string; hasCode: boolean }[];
};

export const INBOX_PAGE_SIZE = 100;

/**
 * A person's inbox: one entry per matched paper, newest match first, with every alert of theirs
 * that matched it; read once each of its items is. Scoped by the person in the query itself.
 * The newest INBOX_PAGE_SIZE only: older ones are in each alert's feed and the digest.
 */
export async function listInbox(db: PrismaClient, userId: string, limit = INBOX_PAGE_SIZE): Promise<InboxEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${paperSummaryColumns},
      m."matchedAt", m."read", m."alerts"
    FROM (
      SELECT i."paperId", max(i."createdAt") AS "matchedAt", bool_and(i."readAt" IS NOT NULL) AS "read",
        json_agg(json_build_object('id', a."id", 'kind', a."kind", 'query', a."query", 'hasCode', a."hasCode") ORDER BY a."createdAt") AS "alerts"
      FROM "InboxItem" i JOIN "Alert" a ON a."id" = i."alertId"
      WHERE i."userId" = ${userId}
      GROUP BY i."paperId"
      ORDER BY "matchedAt" DESC, i."paperId" DESC
      LIMIT ${limit}
    ) m JOIN "Paper" p ON p."id" = m."paperId"
    -- The subquery's columns are named apart from the paper's, so the paper's go unqualified.
    ORDER BY m."matchedAt" DESC, p."id" DESC`;
  return rows.map(({ matchedAt, read, alerts, ...paper }) => ({
    paper: toPaperSummary(paper),
    matchedAt: matchedAt.toISOString(),
    read,
    alerts: alerts.map(toAlertRef),
  }));
}
