import "server-only";
import { sqlTime } from "@/lib/comments/comment-time";
import { getDb } from "@/lib/db";

export type DeleteCommentResult =
  { status: "ok"; paperId: string; commentCount: number } | { status: "not-found" } | { status: "not-author" };

/**
 * Deletes the comment, by its author, at any time. The row stays with its text emptied: a thread
 * shows it as "[deleted]" while it has replies, and leaves it out when it has none (see
 * build-thread.ts). Never removing the row means a reply posted in the same instant always has a
 * parent, and links to the comment keep working. The paper's commentCount drops in the same
 * statement, once (only the update that set deletedAt counts): it counts what there is to read.
 * Deleting again changes nothing and answers ok.
 */
export async function deleteComment(input: { commentId: string; userId: string }, now: Date = new Date()): Promise<DeleteCommentResult> {
  const db = getDb();
  const rows = await db.$queryRaw<{ paperId: string; commentCount: number }[]>`
    WITH deleted AS (
      UPDATE "Comment" SET "deletedAt" = ${sqlTime(now)}, "body" = '', "bodyHtml" = ''
      WHERE "id" = ${input.commentId} AND "authorId" = ${input.userId} AND "deletedAt" IS NULL
      RETURNING "paperId", "hiddenAt"
    ), counted AS (
      UPDATE "Paper" SET "commentCount" = "commentCount" - 1
      WHERE "id" IN (SELECT "paperId" FROM deleted WHERE "hiddenAt" IS NULL)
      RETURNING "id", "commentCount"
    )
    SELECT d."paperId", coalesce(c."commentCount", p."commentCount") AS "commentCount"
    FROM deleted d JOIN "Paper" p ON p."id" = d."paperId" LEFT JOIN counted c ON c."id" = d."paperId"`;
  const row = rows[0];
  if (row) return { status: "ok", paperId: row.paperId, commentCount: row.commentCount };
  const found = await db.comment.findUnique({
    where: { id: input.commentId },
    select: { authorId: true, deletedAt: true, paperId: true, paper: { select: { commentCount: true } } },
  });
  if (!found) return { status: "not-found" };
  if (found.authorId !== input.userId) return { status: "not-author" };
  return { status: "ok", paperId: found.paperId, commentCount: found.paper.commentCount };
}
