import "server-only";
import { getDb } from "@/lib/db";

export type MarkReadResult = { status: "ok"; readAt: Date } | { status: "no-paper" };

/**
 * Marks the paper read for the person, now. One statement: the insert takes its paper from
 * "Paper", so an unknown id inserts nothing (no-paper) instead of failing on the foreign key, and
 * the primary key (userId, paperId) with ON CONFLICT DO UPDATE makes a repeated or concurrent mark
 * land on the one row (PostgreSQL serialises the conflicting inserts on that key; none errors),
 * moving readAt to the latest opening so the history lists what was read last first.
 */
export async function markRead(userId: string, paperId: string): Promise<MarkReadResult> {
  const rows = await getDb().$queryRaw<{ readAt: Date }[]>`
    INSERT INTO "PaperRead" ("userId", "paperId", "readAt")
    SELECT ${userId}, "id", now() FROM "Paper" WHERE "id" = ${paperId}
    ON CONFLICT ("userId", "paperId") DO UPDATE SET "readAt" = excluded."readAt"
    RETURNING "readAt"`;
  const row = rows[0];
  return row ? { status: "ok", readAt: row.readAt } : { status: "no-paper" };
}
