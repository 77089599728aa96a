import "server-only";
import { getDb } from "@/lib/db";
import { isAdminSql } from "@/lib/moderation/is-admin-sql";

/**
 * Dismisses a comment's open reports, by a moderator (the check is in the statement): the comment
 * stays as it is. Returns how many were open, or null when the actor is not a moderator.
 */
export async function dismissReports(input: { commentId: string; actorId: string }): Promise<number | null> {
  const [row] = await getDb().$queryRaw<{ admin: boolean; dismissed: number }[]>`
    WITH dismissed AS (
      UPDATE "CommentReport" SET "resolvedAt" = now() AT TIME ZONE 'UTC'
      WHERE "commentId" = ${input.commentId} AND "resolvedAt" IS NULL AND ${isAdminSql(input.actorId)}
      RETURNING 1
    )
    SELECT ${isAdminSql(input.actorId)} AS "admin", (SELECT count(*)::int FROM dismissed) AS "dismissed"`;
  return row?.admin ? row.dismissed : null;
}
