// `npm run bench:replica [-- --seconds=15]`
// Read-replica lag under a steady vote load, and what readers saw meanwhile. A throwaway PostgreSQL
// primary and streaming replica (scripts/lib/start-pg-replica.ts, fsync on), the app's own code
// pointed at them (DATABASE_URL, DATABASE_REPLICA_URLS). For each write rate, for --seconds:
// - a writer upvotes at that rate through the app's setVote (each vote adds 1 to the papers' total,
//   so the total is a marker of how many votes a snapshot holds);
// - a watcher reads the total on the replica every 2 ms: a vote's lag is from its commit to the
//   first poll that shows it;
// - a reader runs the feed query with the total in the same statement through readFromReplica,
//   alternately "recent" (search-like) and "fresh" (cache fills), and once straight on the primary
//   for reference: a read is stale by the time since the first vote it missed was committed.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { argValue } from "./lib/args";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { percentile } from "./lib/stats";
import { startPgReplica } from "@/scripts/lib/start-pg-replica";

const seconds = Number(argValue("seconds") ?? 15);
const RATES = [20, 200];
const PAPERS = 200;
const USERS = 100;

const measuredCommit = describeCommit();
const loadBefore = os.loadavg()[0]!;
const pair = await startPgReplica({ durable: true });

type ReadSample = { mode: "recent" | "fresh" | "primary"; ms: number; staleMs: number; onReplica: boolean };
type Phase = { rate: number; written: number; lags: number[]; unseen: number; reads: ReadSample[] };

try {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: pair.primaryUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  Object.assign(process.env, { DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URLS: pair.replicaUrl });
  const [{ getDb }, { getReplicaSet }, { readFromReplica }, { setVote }, { feedQuery }, { Prisma }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/replicas/get-replica-set"),
    import("@/lib/replicas/read-from-replica"),
    import("@/lib/votes/set-vote"),
    import("@/lib/papers/list-papers"),
    import("@/lib/generated/prisma/client"),
  ]);
  const db = getDb();
  const listedAt = new Date("2025-10-01T00:00:00Z");
  await db.paper.createMany({
    data: Array.from({ length: PAPERS }, (_, i) => ({
      slug: `bench-${i}`,
      title: `Bench paper ${i}`,
      abstract: "A paper for the replica bench.",
      listedAt: new Date(listedAt.getTime() + i * 60_000),
      publishedAt: listedAt,
    })),
  });
  await db.user.createMany({
    data: Array.from({ length: USERS }, (_, i) => ({ email: `bench-${i}@example.com`, username: `bench-${i}` })),
  });
  const paperIds = (await db.paper.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  const userIds = (await db.user.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
  const replicas = getReplicaSet()!;
  const watcher = new pg.Client({ connectionString: pair.replicaUrl });
  await watcher.connect();
  const totalSql = `SELECT coalesce(sum("upvotes"), 0)::int AS "total" FROM "Paper"`;
  // The feed page a reader sees, and the total in the same snapshot.
  const feedRead = Prisma.sql`WITH "feed" AS (${feedQuery("top", 30, null)})
    SELECT (${Prisma.raw(totalSql)}) AS "total", (SELECT count(*)::int FROM "feed") AS "rows"`;
  while (!replicas.status().replicas[0]!.usable) await new Promise((resolve) => setTimeout(resolve, 50));

  let voteIndex = 0;
  const phases: Phase[] = [];
  for (const rate of RATES) {
    console.log(`${rate} votes/s for ${seconds} s…`);
    const base = (await watcher.query(totalSql)).rows[0].total as number;
    const committedAt: number[] = []; // by vote number within the phase, 0-based
    const seenAt: number[] = [];
    const reads: ReadSample[] = [];
    const start = performance.now();
    const end = start + seconds * 1000;
    let done = false;

    const writer = (async () => {
      for (let n = 0; ; n++) {
        const due = start + (n * 1000) / rate;
        if (due >= end) break;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const k = voteIndex++;
        await setVote(userIds[k % USERS]!, paperIds[Math.floor(k / USERS) % PAPERS]!);
        committedAt.push(performance.now());
      }
    })();
    const watch = (async () => {
      while (!done) {
        const total = (await watcher.query(totalSql)).rows[0].total as number;
        const now = performance.now();
        while (seenAt.length < total - base) seenAt.push(now);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    const staleness = (startedAt: number, total: number) => {
      const missed = committedAt[total - base];
      return missed !== undefined && missed < startedAt ? startedAt - missed : 0;
    };
    const reader = (async () => {
      const modes = ["recent", "fresh", "primary"] as const;
      for (let n = 0; !done; n++) {
        const mode = modes[n % modes.length]!;
        const before = replicas.status().reads.replica;
        const startedAt = performance.now();
        type Row = { total: number; rows: number };
        const [row] =
          mode === "primary"
            ? await db.$queryRaw<Row[]>(feedRead)
            : await readFromReplica(mode, (client) => client.$queryRaw<Row[]>(feedRead));
        reads.push({
          mode,
          ms: performance.now() - startedAt,
          staleMs: staleness(startedAt, row!.total),
          onReplica: replicas.status().reads.replica > before,
        });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await writer;
    // Let the replica show the last votes before the watcher stops.
    const deadline = performance.now() + 5000;
    while (seenAt.length < committedAt.length && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    done = true;
    await Promise.all([watch, reader]);
    const lags = committedAt.slice(0, seenAt.length).map((at, i) => Math.max(0, seenAt[i]! - at));
    phases.push({ rate, written: committedAt.length, lags: lags.sort((a, b) => a - b), unseen: committedAt.length - seenAt.length, reads });
  }
  await watcher.end();
  await replicas.close();
  await db.$disconnect();

  const loadAfter = os.loadavg()[0]!;
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))} / ${ms(sorted.at(-1) ?? NaN)}`;
  };
  const rows = phases.flatMap((phase) => {
    const lagCell = `${spread(phase.lags)}${phase.unseen ? ` (${phase.unseen} never seen)` : ""}`;
    return (["recent", "fresh", "primary"] as const).map((mode, i) => {
      const reads = phase.reads.filter((read) => read.mode === mode);
      const stale = reads.filter((read) => read.staleMs > 0);
      const onReplica = reads.filter((read) => read.onReplica).length;
      const label = mode === "primary" ? "straight on the primary (reference)" : `\`readFromReplica("${mode}")\``;
      return `| ${i === 0 ? `${phase.rate}/s (${phase.written} votes)` : ""} | ${i === 0 ? lagCell : ""} | ${label} | ${reads.length} | ${
        mode === "primary" ? "—" : `${Math.round((100 * onReplica) / reads.length)}%`
      } | ${ms(
        percentile(
          reads.map((read) => read.ms).sort((a, b) => a - b),
          50,
        ),
      )} / ${ms(
        percentile(
          reads.map((read) => read.ms).sort((a, b) => a - b),
          99,
        ),
      )} | ${stale.length} (${Math.round((100 * stale.length) / reads.length)}%) | ${stale.length ? spread(stale.map((read) => read.staleMs)) : "—"} |`;
    });
  });
  const today = new Date().toISOString().slice(0, 10);
  const body = `Run: \`npm run bench:replica\` on ${today}, commit ${measuredCommit}: a throwaway PostgreSQL ${pair.version} primary and a streaming replica made with \`pg_basebackup -R\` (\`scripts/lib/start-pg-replica.ts\`; fsync on, \`synchronous_commit\` on, asynchronous replication, both on this machine's one disk), ${PAPERS} papers, the app's code in one Node process pointed at them. For each rate, ${seconds} s of upvotes through the app's \`setVote\` (one writer, on schedule), while a watcher reads the replica's upvote total every 2 ms and one reader runs the top feed query (30 rows) with the total in the same statement, in turn through \`readFromReplica("recent")\`, \`readFromReplica("fresh")\` and straight on the primary, 10 ms apart. Machine load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.

Lag: from a vote's commit (as the writer saw it) to the watcher's first read that shows it, p50 / p99 / max ms (2 ms polls, so up to ~3 ms of it is the watcher's). A read is stale when it misses a vote that was committed before the read began; by how long: the time since the first vote it missed.

| write load | replica lag p50 / p99 / max ms | read | reads | served by the replica | read ms p50 / p99 | stale reads | stale by p50 / p99 / max ms |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

\`"recent"\` reads may be up to \`DATABASE_REPLICA_MAX_LAG_SECONDS\` behind (search, the API's single paper); \`"fresh"\` reads (every cached page's fill, and public collections) are never stale: they go to the replica when it has replayed the primary's position within 200 ms, else to the primary, for the price of one position query on the primary (and, when the replica is behind, a few on the replica). Writer, watcher and reader share one event loop on a 2-core machine with both servers, so the milliseconds include waiting for it.`;
  writeResultsSection("Read replicas: lag under writes", body);
  console.log(body);
} finally {
  await pair.stop();
}
process.exit(0);
