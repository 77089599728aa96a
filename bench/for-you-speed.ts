// Child of bench/discovery.ts: "For you" at scale, on the database in DATABASE_URL (the
// benchmark's PostgreSQL database of N papers, its similar papers already built). Makes readers
// with 3 to 21 saved papers each (a paper and up to 20 of its similar papers), times one reader's training (the job's computeRecommendations
// and its write, through trainChangedReaders, one reader at a time), then the page's read
// (getRecommendations) for random readers, p50 and p99. Run with the react-server condition.
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { getRecommendations } from "@/lib/recommendations/get-recommendations";
import { loadTrainingVocabulary } from "@/lib/recommendations/load-training-vocabulary";
import { trainChangedReaders } from "@/lib/recommendations/train-changed-readers";
import { percentile } from "./lib/stats";

export type ForYouSpeedResult = {
  readers: number;
  savedPerReader: number[];
  trainingMs: { p50: number; max: number };
  vocabularyLoadMs: number;
  readMs: { p50: number; p99: number; reads: number };
  recommendedPerReader: number;
};

const READERS = 20;
const READS = Number(process.env.FOR_YOU_READS ?? 1000);
const db = createPrismaClient(process.env.DATABASE_URL!, 2);

// Fresh readers every run: earlier runs' are removed (their collections and lists go with them).
await db.user.deleteMany({ where: { username: { startsWith: "bench-for-you-" } } });
const ids = (await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Paper" ORDER BY random() LIMIT ${READERS * 50}`).map((r) => r.id);
const readers: string[] = [];
const savedPerReader: number[] = [];
for (let i = 0; i < READERS; i++) {
  const user = await db.user.create({ data: { username: `bench-for-you-${i}`, email: `bench-for-you-${i}@example.com` } });
  // A topic's worth of saves: a paper, then its similar papers, as a reader who saves what a
  // paper page suggests would.
  const first = ids[i]!;
  const similar = (await db.similarPapers.findUnique({ where: { paperId: first } }))?.similarIds ?? [];
  const saves = [first, ...similar].slice(0, [3, 10, 20, 50][i % 4]!);
  await db.collection.create({
    data: {
      ownerId: user.id,
      title: "Bench",
      itemCount: saves.length,
      items: { create: saves.map((paperId, position) => ({ paperId, position })) },
    },
  });
  readers.push(user.id);
  savedPerReader.push(saves.length);
}
// The vocabulary is loaded once per worker process (and again after each rebuild), not per reader.
const loadStarted = performance.now();
await loadTrainingVocabulary(db);
const vocabularyLoadMs = performance.now() - loadStarted;
// Every reader is "changed": runs of one reader each time every training on its own.
const trainings: number[] = [];
for (let i = 0; i < READERS; i++) {
  const started = performance.now();
  const { trained } = await trainChangedReaders(db, { limit: 1 });
  trainings.push(performance.now() - started);
  if (trained !== 1) throw new Error(`expected one reader trained, got ${trained}`);
}
const rows = await db.readerRecommendations.findMany({ where: { userId: { in: readers } }, select: { paperIds: true } });
const reads: number[] = [];
for (let i = 0; i < READS; i++) {
  const userId = readers[i % READERS]!;
  const started = performance.now();
  await getRecommendations(userId, { window: "all", limit: 20 });
  reads.push(performance.now() - started);
}
reads.sort((a, b) => a - b);
trainings.sort((a, b) => a - b);
const result: ForYouSpeedResult = {
  readers: READERS,
  savedPerReader,
  trainingMs: { p50: percentile(trainings, 50), max: trainings.at(-1)! },
  vocabularyLoadMs,
  readMs: { p50: percentile(reads, 50), p99: percentile(reads, 99), reads: READS },
  recommendedPerReader: rows.reduce((n, row) => n + row.paperIds.length, 0) / rows.length,
};
await db.user.deleteMany({ where: { username: { startsWith: "bench-for-you-" } } });
await db.$disconnect();
console.log(JSON.stringify(result));
process.exit(0);
