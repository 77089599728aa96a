// A long background ingestion: the arXiv days DAYS (comma-separated) from the replay server at
// ARXIV_API_URL, one after the other, each day written whole in one transaction and then the web
// server's pages refreshed, as the ingest-arxiv job does (but with no politeness pause, so it
// writes all the time). Prints one JSON line per day, then "done".
import { createPrismaClient } from "@/lib/create-prisma-client";
import { ingestSource } from "@/lib/ingest/ingest-source";
import { revalidateAppServers } from "@/lib/cache/revalidate-app-servers";
import { PAPERS_IMPORTED } from "@/lib/cache/revalidation-message";

// Killed by the benchmark mid-write: its reader is gone, and that is the end.
process.stdout.on("error", () => process.exit(0));
const days = (process.env.DAYS ?? "").split(",").filter(Boolean);
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
for (const day of days) {
  const started = performance.now();
  const run = await ingestSource(db, "arxiv", { from: day, to: day, categories: ["cs.CL"], arxivIntervalMs: 0, log: () => {} });
  const refreshed = run.changed ? (await revalidateAppServers(PAPERS_IMPORTED)).ok : false;
  console.log(JSON.stringify({ day, seconds: (performance.now() - started) / 1000, refreshed, ...run.days[0] }));
}
console.log("done");
await db.$disconnect();
