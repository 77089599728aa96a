// Child of bench/discovery.ts: times the app's read of a paper's similar papers (the query behind
// the paper page and GET /api/papers/{id}/similar) for random papers of the database in
// DATABASE_URL, after a warm-up. Prints JSON.
import { createPrismaClient } from "@/lib/create-prisma-client";
import { findSimilarPapers } from "@/lib/discovery/find-similar-papers";

const reads = Number(process.env.BENCH_READS ?? 2000);
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const ids = (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Paper" ORDER BY random() LIMIT ${reads}`).map((row) => row.id);
for (const id of ids.slice(0, 200)) await findSimilarPapers(db, id, 10);
const times: number[] = [];
let returned = 0;
for (const id of ids) {
  const started = performance.now();
  returned += (await findSimilarPapers(db, id, 10))!.length;
  times.push(performance.now() - started);
}
await db.$disconnect();
console.log(JSON.stringify({ times, meanReturned: returned / ids.length }));
process.exit(0);
