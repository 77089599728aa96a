import "server-only";
import { getDb } from "@/lib/db";

/** The comment's count after the call, or null when no comment (that can be voted on) has this id. */
export type CommentVoteResult = { voted: boolean; upvotes: number; paperId: string } | null;

/**
 * Records the person's upvote of a comment, as setVote does for papers: the vote row's primary
 * key makes a second insert a no-op, and the count moves only when a row was really inserted, in
 * the same statement, so concurrent votes never lose or double-count. Deleted and hidden comments
 * take no new votes.
 */
export async function setCommentVote(userId: string, commentId: string): Promise<CommentVoteResult> {
  const rows = await getDb().$queryRaw<{ upvotes: number | null; paperId: string | null }[]>`
    WITH target AS (
      SELECT "id", "paperId" FROM "Comment" WHERE "id" = ${commentId} AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
    ), inserted AS (
      INSERT INTO "CommentVote" ("commentId", "userId")
      SELECT "id", ${userId} FROM target
      ON CONFLICT DO NOTHING
      RETURNING "commentId"
    ), counted AS (
      UPDATE "Comment" SET "upvotes" = "upvotes" + 1
      WHERE "id" IN (SELECT "commentId" FROM inserted)
      RETURNING "upvotes"
    )
    SELECT coalesce((SELECT "upvotes" FROM counted), (SELECT "upvotes" FROM "Comment" WHERE "id" IN (SELECT "id" FROM target))) AS "upvotes",
           (SELECT "paperId" FROM target) AS "paperId"`;
  const row = rows[0];
  return row?.upvotes === null || row?.upvotes === undefined || !row.paperId
    ? null
    : { voted: true, upvotes: row.upvotes, paperId: row.paperId };
}
