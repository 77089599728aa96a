import "server-only";
import { getDb } from "@/lib/db";
import { isAdminSql } from "@/lib/moderation/is-admin-sql";

export type SetCommentHiddenResult =
  { status: "ok"; paperId: string; commentCount: number; changed: boolean } | { status: "not-found" } | { status: "forbidden" };

/**
 * Hides a comment (or restores it), by a moderator. One statement: the admin check is in its
 * WHERE clause; the paper's commentCount, which counts what readers can read (neither deleted nor
 * hidden, as delete-comment.ts keeps it), moves only when hiddenAt really changed and the comment
 * is not deleted, so hiding twice at once, or hiding a deleted comment, leaves it exact. Its open
 * reports stay open: the moderator may still suspend the author or restore it from the same row,
 * and closes the case with Dismiss.
 */
export async function setCommentHidden(input: { commentId: string; actorId: string; hidden: boolean }): Promise<SetCommentHiddenResult> {
  const db = getDb();
  const delta = input.hidden ? -1 : 1;
  const rows = await db.$queryRaw<{ paperId: string; commentCount: number; changed: boolean }[]>`
    WITH changed AS (
      UPDATE "Comment" SET "hiddenAt" = CASE WHEN ${input.hidden} THEN now() AT TIME ZONE 'UTC' ELSE NULL END
      WHERE "id" = ${input.commentId} AND ("hiddenAt" IS NULL) = ${input.hidden} AND ${isAdminSql(input.actorId)}
      RETURNING "paperId", "deletedAt"
    ), counted AS (
      UPDATE "Paper" SET "commentCount" = "commentCount" + ${delta}
      WHERE "id" IN (SELECT "paperId" FROM changed WHERE "deletedAt" IS NULL)
      RETURNING "id", "commentCount"
    )
    SELECT c."paperId", coalesce(n."commentCount", p."commentCount") AS "commentCount", EXISTS (SELECT 1 FROM changed) AS "changed"
    FROM "Comment" c JOIN "Paper" p ON p."id" = c."paperId"
    LEFT JOIN counted n ON n."id" = c."paperId"
    WHERE c."id" = ${input.commentId} AND ${isAdminSql(input.actorId)}`;
  const row = rows[0];
  if (row) return { status: "ok", paperId: row.paperId, commentCount: row.commentCount, changed: row.changed };
  const exists = await db.comment.findUnique({ where: { id: input.commentId }, select: { id: true } });
  return exists ? { status: "forbidden" } : { status: "not-found" };
}
