import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { trendingScoreSql } from "@/lib/ranking";

/** The paper's count after the call, or null when no paper has this id. */
export type VoteResult = { voted: boolean; upvotes: number } | null;

/**
 * Records the person's upvote. Idempotent: the vote row's primary key makes a second insert a
 * no-op, and the paper's count and score move only when a row was really inserted, in the same
 * statement (one transaction), so concurrent votes never lose or double-count.
 */
export async function setVote(userId: string, paperId: string): Promise<VoteResult> {
  const rows = await getDb().$queryRaw<{ upvotes: number | null }[]>`
    WITH inserted AS (
      INSERT INTO "Vote" ("userId", "paperId")
      SELECT ${userId}, "id" FROM "Paper" WHERE "id" = ${paperId}
      ON CONFLICT DO NOTHING
      RETURNING "paperId"
    ), counted AS (
      UPDATE "Paper"
      SET "upvotes" = "upvotes" + 1, "score" = ${trendingScoreSql(Prisma.sql`"upvotes" + 1`)}
      WHERE "id" IN (SELECT "paperId" FROM inserted)
      RETURNING "upvotes"
    )
    SELECT coalesce((SELECT "upvotes" FROM counted), (SELECT "upvotes" FROM "Paper" WHERE "id" = ${paperId})) AS "upvotes"`;
  const upvotes = rows[0]?.upvotes;
  return upvotes === null || upvotes === undefined ? null : { voted: true, upvotes };
}
