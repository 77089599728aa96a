import { getDb } from "@/lib/db";

/**
 * "Not interested" (dismissed) and its undo. Idempotent: one row per reader and paper, inserted
 * with ON CONFLICT DO NOTHING. A dismissal's createdAt tells the job to retrain the reader; its
 * undo has no row left to tell it, so it touches the reader's recommendations row instead, in
 * the same statement. Times are UTC, as Prisma writes them (the columns have no time zone).
 * "no-paper" for an id no paper has.
 */
export async function setDismissal(userId: string, paperId: string, dismissed: boolean): Promise<"ok" | "no-paper"> {
  const db = getDb();
  if (dismissed) {
    const inserted = await db.$queryRaw<{ ok: number }[]>`
      WITH paper AS (SELECT id FROM "Paper" WHERE id = ${paperId}),
           added AS (INSERT INTO "PaperDismissal" ("userId", "paperId", "createdAt") SELECT ${userId}, id, clock_timestamp() AT TIME ZONE 'UTC' FROM paper ON CONFLICT DO NOTHING)
      SELECT 1 AS ok FROM paper`;
    return inserted.length > 0 ? "ok" : "no-paper";
  }
  const found = await db.$queryRaw<{ ok: number }[]>`
    WITH paper AS (SELECT id FROM "Paper" WHERE id = ${paperId}),
         removed AS (DELETE FROM "PaperDismissal" WHERE "userId" = ${userId} AND "paperId" = ${paperId} RETURNING 1),
         touched AS (UPDATE "ReaderRecommendations" SET "updatedAt" = clock_timestamp() AT TIME ZONE 'UTC' WHERE "userId" = ${userId} AND EXISTS (SELECT 1 FROM removed))
    SELECT 1 AS ok FROM paper`;
  return found.length > 0 ? "ok" : "no-paper";
}
