import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { trendingScoreSql } from "@/lib/ranking";
import type { VoteResult } from "@/lib/votes/set-vote";

/**
 * Takes the person's upvote back. Idempotent: the count and score move only when a vote row was
 * really deleted, in the same statement, so a repeated or concurrent take-back decrements once.
 */
export async function unsetVote(userId: string, paperId: string): Promise<VoteResult> {
  const rows = await getDb().$queryRaw<{ upvotes: number | null }[]>`
    WITH deleted AS (
      DELETE FROM "Vote" WHERE "userId" = ${userId} AND "paperId" = ${paperId}
      RETURNING "paperId"
    ), counted AS (
      UPDATE "Paper"
      SET "upvotes" = "upvotes" - 1, "score" = ${trendingScoreSql(Prisma.sql`"upvotes" - 1`)}
      WHERE "id" IN (SELECT "paperId" FROM deleted)
      RETURNING "upvotes"
    )
    SELECT coalesce((SELECT "upvotes" FROM counted), (SELECT "upvotes" FROM "Paper" WHERE "id" = ${paperId})) AS "upvotes"`;
  const upvotes = rows[0]?.upvotes;
  return upvotes === null || upvotes === undefined ? null : { voted: false, upvotes };
}
