import "server-only";
import type { CommentVoteResult } from "@/lib/comments/set-comment-vote";
import { getDb } from "@/lib/db";

/**
 * Takes the person's upvote of a comment back. Idempotent: the count moves only when a vote row
 * was really deleted, in the same statement, so a repeated or concurrent take-back decrements once.
 */
export async function unsetCommentVote(userId: string, commentId: string): Promise<CommentVoteResult> {
  const rows = await getDb().$queryRaw<{ upvotes: number | null; paperId: string | null }[]>`
    WITH deleted AS (
      DELETE FROM "CommentVote" WHERE "userId" = ${userId} AND "commentId" = ${commentId}
      RETURNING "commentId"
    ), counted AS (
      UPDATE "Comment" SET "upvotes" = "upvotes" - 1
      WHERE "id" IN (SELECT "commentId" FROM deleted)
      RETURNING "upvotes"
    )
    SELECT coalesce((SELECT "upvotes" FROM counted), (SELECT "upvotes" FROM "Comment" WHERE "id" = ${commentId})) AS "upvotes",
           (SELECT "paperId" FROM "Comment" WHERE "id" = ${commentId}) AS "paperId"`;
  const row = rows[0];
  return row?.upvotes === null || row?.upvotes === undefined || !row.paperId
    ? null
    : { voted: false, upvotes: row.upvotes, paperId: row.paperId };
}
