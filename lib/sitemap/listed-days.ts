import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

/**
 * Every UTC day on which papers are listed, oldest first. PostgreSQL has no skip scan for DISTINCT, so
 * this hops from day to day: each step asks the listedAt index for the first paper on or after the
 * next day. The cost grows with the number of days, not of papers.
 */
export async function listListedDays(): Promise<Date[]> {
  const query = Prisma.sql`
    WITH RECURSIVE days(day) AS (
      SELECT date_trunc('day', min("listedAt")) FROM "Paper"
      UNION ALL
      SELECT (SELECT date_trunc('day', min(p."listedAt")) FROM "Paper" AS p WHERE p."listedAt" >= days.day + interval '1 day')
      FROM days WHERE days.day IS NOT NULL
    )
    SELECT day FROM days WHERE day IS NOT NULL ORDER BY day`;
  const rows = await readFromReplica("fresh", (db) => db.$queryRaw<{ day: Date }[]>(query));
  return rows.map((row) => row.day);
}
