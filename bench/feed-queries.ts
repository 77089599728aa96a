// Child of bench/feed.ts: times each feed sort's query on the database in DATABASE_URL, which
// already holds the synthetic papers, and prints JSON. Run with the react-server condition so
// the app's server-only modules load outside Next.
import { createPrismaClient } from "@/lib/create-prisma-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { FEED_SORTS } from "@/lib/papers/feed-sort";
import { decodeFeedCursor, feedQuery, listPapers } from "@/lib/papers/list-papers";
import { timeRuns } from "./lib/stats";

const runs = Number(process.env.BENCH_RUNS ?? 300);
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const results = [];
for (const sort of FEED_SORTS) {
  // A cursor ten pages deep shows the scan starts at the cursor rather than skipping rows.
  let cursor: string | null = null;
  for (let i = 0; i < 10; i++) cursor = (await listPapers({ sort, limit: 30, cursor })).nextCursor;
  const first = await timeRuns(runs, () => listPapers({ sort, limit: 30 }));
  const deep = await timeRuns(runs, () => listPapers({ sort, limit: 30, cursor }));
  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN ${feedQuery(sort, 31, cursor ? decodeFeedCursor(cursor, sort) : null)}`,
  );
  const scan =
    plan
      .map((row) => row["QUERY PLAN"])
      .find((line) => /Scan/.test(line))
      ?.trim() ?? "?";
  results.push({ sort, first, deep, scan });
}
console.log(JSON.stringify(results));
await db.$disconnect();
process.exit(0);
