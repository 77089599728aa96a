// Child of bench/discovery.ts: one full similar-papers build (the nightly job's work) on the
// database in DATABASE_URL, alone in its process so that its peak memory is its own. Prints JSON.
import { createPrismaClient } from "@/lib/create-prisma-client";
import { buildSimilarPapers } from "@/lib/discovery/build-similar-papers";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const phases: { line: string; seconds: number }[] = [];
const started = performance.now();
const result = await buildSimilarPapers(db, "full", {
  log: (line) =>
    phases.push({
      line: `${line} (resident ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB)`,
      seconds: (performance.now() - started) / 1000,
    }),
});
const seconds = (performance.now() - started) / 1000;
await db.$disconnect();
// resourceUsage().maxRSS is in kilobytes: the process's peak resident memory, heap and typed arrays alike.
console.log(JSON.stringify({ ...result, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, phases }));
process.exit(0);
