import "server-only";
import { unstable_cache } from "next/cache";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

/** The categories a new reader can start "For you" from: the corpus's most common, with counts. */
export const listStartCategories = unstable_cache(
  () =>
    readFromReplica(
      "fresh",
      (db) => db.$queryRaw<{ category: string; papers: number }[]>`
        SELECT category, count(*)::int AS papers FROM "Paper", unnest(categories) AS category
         GROUP BY category ORDER BY papers DESC, category LIMIT 24`,
    ),
  ["start-categories"],
  { tags: [PAPERS_TAG], revalidate: 3600 },
);
