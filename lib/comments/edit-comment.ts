import "server-only";
import type { CommentNode } from "@/lib/api/comments-schemas";
import { EDIT_WINDOW_MS } from "@/lib/comments/comment-limits";
import { toCommentNode, type CommentRow } from "@/lib/comments/comment-row";
import { sqlTime } from "@/lib/comments/comment-time";
import { renderComment } from "@/lib/comments/render-comment";
import { getDb } from "@/lib/db";

export type EditCommentResult =
  { status: "ok"; comment: CommentNode; paperId: string } | { status: "not-found" } | { status: "not-author" } | { status: "too-late" };

/**
 * Replaces the comment's text, by its author, within EDIT_WINDOW_MS of posting. The WHERE clause
 * is the whole decision (author, not deleted or hidden, still in the window by the injected
 * clock), so no caller can skip it and a delete racing the edit leaves one or the other, never an
 * edited tombstone. Only when nothing was updated is the row read again, to say why.
 */
export async function editComment(
  input: { commentId: string; userId: string; body: string },
  now: Date = new Date(),
): Promise<EditCommentResult> {
  const bodyHtml = renderComment(input.body);
  const cutoff = new Date(now.getTime() - EDIT_WINDOW_MS);
  const db = getDb();
  const rows = await db.$queryRaw<CommentRow[]>`
    WITH edited AS (
      UPDATE "Comment" SET "body" = ${input.body}, "bodyHtml" = ${bodyHtml}, "editedAt" = ${sqlTime(now)}
      WHERE "id" = ${input.commentId} AND "authorId" = ${input.userId}
        AND "deletedAt" IS NULL AND "hiddenAt" IS NULL AND "createdAt" > ${sqlTime(cutoff)}
      RETURNING *
    )
    SELECT e."id", e."paperId", e."parentId", e."rootId", e."depth", e."authorId", u."username", u."name", e."bodyHtml",
           e."createdAt", e."editedAt", e."deletedAt", e."upvotes"
    FROM edited e LEFT JOIN "User" u ON u."id" = e."authorId"`;
  const row = rows[0];
  if (row) return { status: "ok", comment: toCommentNode(row), paperId: row.paperId };
  const found = await db.comment.findUnique({
    where: { id: input.commentId },
    select: { authorId: true, deletedAt: true, hiddenAt: true },
  });
  if (!found || found.deletedAt || found.hiddenAt) return { status: "not-found" };
  return found.authorId === input.userId ? { status: "too-late" } : { status: "not-author" };
}
