import "server-only";
import { getDb } from "@/lib/db";

export type UnmarkReadResult = { status: "ok"; removed: boolean } | { status: "no-paper" };

/**
 * "Mark as unread": forgets that the person read the paper. One statement that deletes the row and
 * tells an unknown paper (404) from one that simply was not read; repeating it, or running it
 * twice at once, deletes the row once (the second DELETE finds nothing) and answers removed: false.
 */
export async function unmarkRead(userId: string, paperId: string): Promise<UnmarkReadResult> {
  const rows = await getDb().$queryRaw<{ paper: boolean; removed: boolean }[]>`
    WITH deleted AS (
      DELETE FROM "PaperRead" WHERE "userId" = ${userId} AND "paperId" = ${paperId}
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM "Paper" WHERE "id" = ${paperId}) AS "paper", EXISTS (SELECT 1 FROM deleted) AS "removed"`;
  const row = rows[0];
  return row?.paper ? { status: "ok", removed: row.removed } : { status: "no-paper" };
}
