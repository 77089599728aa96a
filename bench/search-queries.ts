// Child of bench/search.ts: times the app's own searchPapers() (all its queries, highlights
// included) on the database in DATABASE_URL, which holds the synthetic papers, and prints JSON.
// Run with the react-server condition so the app's server-only modules load outside Next.
import { createPrismaClient } from "@/lib/create-prisma-client";
import { buildSearchQuery } from "@/lib/search/build-search-query";
import { searchPapers } from "@/lib/search/search-papers";
import { SEARCH_SORTS, type SearchSort } from "@/lib/search/search-sort";
import { tsquerySql } from "@/lib/search/tsquery-sql";
import { wordOfRank } from "./lib/search-corpus";

export type QueryClass = "rare" | "medium" | "common" | "misspelled";
export type QueryTiming = {
  cls: QueryClass;
  q: string;
  sort: SearchSort;
  matches: number;
  times: number[];
  results: number;
  approximate: boolean;
  fallback: string | null;
};

const w = wordOfRank;
// Ranks of the Zipf vocabulary (see lib/search-corpus.ts): rank r is in about 1/(r·ln 200000)
// of a 150-word abstract's words. Each query's real share of papers is measured below.
const QUERIES: Record<QueryClass, string[]> = {
  // Under 0.05% of papers.
  rare: [w(160_000), w(175_000), w(190_000), w(199_000), `${w(30_200)}sen`, `${w(1000)} ${w(2000)}`, `${w(120_000)} or ${w(180_000)}`],
  // 0.05% to 2%: tail words, a pair of common words, a half-typed word (prefix).
  medium: [w(1000), w(2000), w(5000), w(10_000), w(20_000), "quantization pruning", "speculative decoding", w(3000).slice(0, 5)],
  // Over 5%: the very common class, including what people type first ("lang", "mod").
  common: ["model", "learning", "attention", "efficient", "language models", "decoder", "reinforcement or reward", "lang", "mod"],
  // Nothing matches as typed: spelling correction, then similar titles. Reported on its own.
  misspelled: ["atention", "reinforcment lerning", "quantisation", `${w(5000).slice(0, 3)}x${w(5000).slice(4)}`],
};

const runs = Number(process.env.BENCH_RUNS ?? 20);
const db = createPrismaClient(process.env.DATABASE_URL!, 1);
const papers = (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Paper"`)[0]!.n;

const results: QueryTiming[] = [];
for (const [cls, queries] of Object.entries(QUERIES) as [QueryClass, string[]][]) {
  for (const q of queries) {
    const tsquery = tsquerySql(buildSearchQuery(q));
    const matches = tsquery
      ? (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Paper" WHERE "search" @@ ${tsquery}`)[0]!.n
      : 0;
    for (const sort of SEARCH_SORTS) {
      const search = () => searchPapers({ q, sort, limit: 20 });
      const last = await search();
      await search(); // warm-up
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await search();
        times.push(performance.now() - start);
      }
      results.push({
        cls,
        q,
        sort,
        matches: matches / papers,
        times,
        results: last.papers.length,
        approximate: last.approximate,
        fallback: last.fallback,
      });
      process.stderr.write(
        `  ${cls} ${sort} ${JSON.stringify(q)}: ${((100 * matches) / papers).toFixed(3)}% of papers, median ${[...times].sort((a, b) => a - b)[times.length >> 1]!.toFixed(1)} ms\n`,
      );
    }
  }
}
console.log(JSON.stringify({ papers, results }));
await db.$disconnect();
process.exit(0);
