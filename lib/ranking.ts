import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Trending score, after Reddit's "hot" formula:
 *   score = log10(max(upvotes, 1)) + listedAt_seconds / 45000
 * Every 12.5 hours of recency is worth ten times the votes. The score depends only on a paper's
 * own votes and date, never on the current time, so it is stored in an indexed column, updated in
 * the same statement that changes the vote count, and never needs a periodic recompute.
 */
export const SECONDS_PER_DECADE_OF_VOTES = 45_000;

export function trendingScore(upvotes: number, listedAt: Date): number {
  return Math.log10(Math.max(upvotes, 1)) + listedAt.getTime() / 1000 / SECONDS_PER_DECADE_OF_VOTES;
}

/**
 * The same formula in SQL. `upvotes` is the new count: inside an UPDATE, column references
 * still see the old row. PostgreSQL's log() is base 10.
 */
export function trendingScoreSql(upvotes: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`log(greatest(${upvotes}, 1)::numeric)::float8 + extract(epoch from "listedAt")::float8 / ${SECONDS_PER_DECADE_OF_VOTES}`;
}
