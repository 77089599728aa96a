import { alertRowSelect, type AlertRow } from "@/lib/alerts/alert-view";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";

export const ALERT_FEED_SIZE = 50;

/**
 * An alert's private feed by its secret token: the newest papers it matched. Null for a token no
 * alert has (never was, or revoked): the route answers 404, never whose it was.
 */
export async function getAlertFeed(db: PrismaClient, feedToken: string): Promise<{ alert: AlertRow; papers: PaperSummary[] } | null> {
  const alert = await db.alert.findUnique({ where: { feedToken }, select: alertRowSelect });
  if (!alert) return null;
  const rows = await db.$queryRaw<Parameters<typeof toPaperSummary>[0][]>`
    SELECT ${paperSummaryColumns} FROM "Paper" WHERE "id" IN (
      SELECT "paperId" FROM "InboxItem" WHERE "alertId" = ${alert.id} ORDER BY "createdAt" DESC LIMIT ${ALERT_FEED_SIZE}
    )
    ORDER BY "listedAt" DESC, "id" DESC`;
  return { alert, papers: rows.map(toPaperSummary) };
}
