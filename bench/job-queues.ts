// `npm run bench:queues [-- --pg=postgresql://…] [--jobs=300] [--seconds=12]`
// pg-boss next to graphile-worker (issue 12: measure both before choosing), on the embedded
// database (PGlite behind scripts/lib/pglite-server.mjs, started here on a free port, on disk like
// the app's) and on PostgreSQL 15 (`--pg` or DATABASE_URL_PG; skipped when neither is set), each
// library in a schema of its own, at the same settings (bench/lib/job-queue.ts: poll every 0.5 s,
// two jobs at a time). In this process, one library and database at a time: enqueue rate (one by
// one, and 100 per call), throughput draining a full queue, and latency from enqueue to the
// handler's start. Then all four at once, in worker processes (bench/lib/job-queue-worker.ts):
// whether an every-minute cron fires once per minute with two workers, and whether a job whose
// worker is killed with SIGKILL mid-job runs again, and how long after.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { argValue } from "./lib/args";
import {
  openGraphileWorker,
  openQueue,
  PG_BOSS_EXPIRE_SECONDS,
  PG_BOSS_MAINTENANCE_SECONDS,
  type Library,
  type Queue,
} from "./lib/job-queue";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { percentile } from "./lib/stats";

const JOBS = Number(argValue("jobs") ?? 300);
const DRAIN_SECONDS = Number(argValue("seconds") ?? 12);
const BATCH = 100;
const PINGS = 20;
/** How long a killed worker's job may take to run again before we stop waiting. */
const RERUN_WAIT_MS = 100_000;
const LIBRARIES: Library[] = ["pg-boss", "graphile-worker"];
const SCHEMA: Record<Library, string> = { "pg-boss": "bench_pgboss", "graphile-worker": "bench_graphile" };
/** graphile-worker with its default prepared statements: the configuration that stalls on the embedded server. */
const PREPARED_SCHEMA = "bench_graphile_prepared";

type Database = { name: string; url: string };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(20);
  return condition();
}

function describeErrors(errors: Map<string, number>) {
  return [...errors].map(([message, count]) => `${count}× “${message}”`).join("; ");
}

// ---------------------------------------------------------------------------------------------
// In this process: enqueue, throughput, latency.

type Speed = {
  oneByOne: number;
  batched: number;
  drains: { label: string; done: number; queued: number; perSecond: number; twice: number }[];
  latency: { p50: number; p95: number; max: number; handled: number };
  notifications: number;
  errors: string;
};

/** Starts work on `queued` jobs of `bench` and counts job starts for DRAIN_SECONDS (or until all started). */
async function drain(queue: Queue, queued: number, batchSize: number) {
  const starts: number[] = [];
  const ids = new Set<string>();
  const stop = await queue.work(
    {
      bench: async (job) => {
        starts.push(performance.now());
        ids.add(job.id);
      },
    },
    { batchSize },
  );
  await waitFor(() => starts.length >= queued, DRAIN_SECONDS * 1000);
  await stop();
  const span = starts.at(-1)! - starts[0]!;
  // From the first start to the last, so the worker's start-up does not count.
  return { done: starts.length, perSecond: starts.length > 1 ? rate(starts.length - 1, span) : 0, twice: starts.length - ids.size };
}

async function measureSpeed(library: Library, db: Database): Promise<Speed> {
  const queue = await openQueue(library, db.url, SCHEMA[library], { background: false });
  try {
    let start = performance.now();
    for (let i = 0; i < JOBS; i++) await queue.enqueue("bench", { i });
    const oneByOne = rate(JOBS, performance.now() - start);
    start = performance.now();
    for (let i = 0; i < JOBS; i += BATCH) {
      await queue.enqueueMany(
        "bench",
        Array.from({ length: Math.min(BATCH, JOBS - i) }, (_, j) => ({ i: i + j })),
      );
    }
    const batched = rate(JOBS, performance.now() - start);

    const drains: Speed["drains"] = [];
    let queued = 2 * JOBS;
    const batchSizes = library === "pg-boss" ? [1, 10] : [1];
    for (const batchSize of batchSizes) {
      const result = await drain(queue, queued, batchSize);
      const label = library === "pg-boss" ? `2 × work(), batchSize ${batchSize}` : "concurrency 2";
      drains.push({ label, queued, ...result });
      queued -= result.done;
    }

    const notificationsBefore = queue.notifications();
    const latencies: number[] = [];
    const stop = await queue.work({
      ping: async (job) => void latencies.push(performance.timeOrigin + performance.now() - Number(job.data.sentAt)),
    });
    await sleep(1000); // the worker settles (graphile-worker: its LISTEN connection)
    for (let i = 0; i < PINGS; i++) {
      // Irregular gaps, so the sends do not keep one phase of the poll cycle, and long enough for
      // an idle worker: pg-boss's two loops take at most one job per 0.5 s each.
      await sleep(500 + Math.random() * 500);
      await queue.enqueue("ping", { sentAt: performance.timeOrigin + performance.now() });
    }
    await waitFor(() => latencies.length >= PINGS, 5000);
    await stop();
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      oneByOne,
      batched,
      drains,
      latency: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN, handled: sorted.length },
      notifications: queue.notifications() - notificationsBefore,
      errors: describeErrors(queue.errors()),
    };
  } finally {
    await queue.close();
  }
}

/** graphile-worker exactly as it comes (prepared statements on): how far it gets in 10 s. */
async function probePreparedStatements(db: Database) {
  const queue = await openGraphileWorker(db.url, PREPARED_SCHEMA, { preparedStatements: true });
  const jobs = 50;
  let done = 0;
  try {
    for (let i = 0; i < jobs; i++) await queue.enqueue("bench", { i });
    const start = performance.now();
    const stop = await queue.work({ bench: async () => void done++ });
    await waitFor(() => done >= jobs, 10_000);
    const ms = performance.now() - start;
    await stop();
    return { jobs, done, ms, errors: describeErrors(queue.errors()) };
  } finally {
    await queue.close();
  }
}

// ---------------------------------------------------------------------------------------------
// In worker processes: cron with two workers, and a worker killed mid-job.

type WorkerEvent = { event: "ready" | "hang" | "tick"; at: number; id?: string; attempt?: number };
type WorkerProcess = { child: ChildProcess; events: WorkerEvent[]; name: string };

function startWorker(library: Library, db: Database, name: string, all: WorkerEvent[]): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/lib/job-queue-worker.ts", library, SCHEMA[library]], {
    env: { ...process.env, QUEUE_URL: db.url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const worker: WorkerProcess = { child, events: [], name };
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (!line.startsWith("{")) return;
    const event = JSON.parse(line) as WorkerEvent;
    worker.events.push(event);
    all.push(event);
  });
  return worker;
}

async function stopWorker({ child }: WorkerProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(killer);
}

type Survival = {
  firesPerMinute: number[];
  rerunMs: number | null;
  /** graphile-worker: after its job's lock was made 4 hours old by hand. */
  rerunAfterAgeingMs?: number | null;
};

async function measureSurvival(library: Library, db: Database): Promise<Survival> {
  const events: WorkerEvent[] = [];
  const workers = [startWorker(library, db, "A", events), startWorker(library, db, "B", events)];
  const ready = (w: WorkerProcess) => w.events.some((e) => e.event === "ready");
  try {
    if (!(await waitFor(() => workers.every(ready), 60_000))) throw new Error(`${library} on ${db.name}: workers did not start`);
    const cronFrom = Date.now();
    const queue = await openQueue(library, db.url, SCHEMA[library], { background: false });
    try {
      await queue.enqueue("hang", {});
    } finally {
      await queue.close();
    }
    if (!(await waitFor(() => events.some((e) => e.event === "hang"), 30_000)))
      throw new Error(`${library} on ${db.name}: nobody took the job`);
    const first = events.find((e) => e.event === "hang")!;
    const victim = workers.find((w) => w.events.includes(first))!;
    victim.child.kill("SIGKILL");
    const killedAt = Date.now();
    // A replacement, so that two workers keep running the cron.
    const replacement = startWorker(library, db, "C", events);
    workers.push(replacement);

    // Cron: every minute slot from the workers' start to the third minute after, plus a margin for late fires.
    const cronUntil = (Math.floor(cronFrom / 60_000) + 3) * 60_000 + 8_000;
    const rerun = () => events.find((e) => e.event === "hang" && e.id === first.id && (e.attempt ?? 0) > 1);
    await waitFor(() => rerun() !== undefined, Math.max(0, killedAt + RERUN_WAIT_MS - Date.now()));
    const rerunMs = rerun() ? rerun()!.at - killedAt : null;
    let rerunAfterAgeingMs: number | null | undefined;
    if (!rerun() && library === "graphile-worker") {
      // Its only way back for a locked job: a sweep (every 8–10 min; 2–3 s in these workers) unlocks
      // jobs locked more than 4 hours ago. Ageing the lock shows that this, and only this, is missing.
      const client = new pg.Client(db.url);
      await client.connect();
      try {
        await client.query(
          `update ${SCHEMA[library]}._private_jobs set locked_at = locked_at - interval '4 hours 1 minute' where id = $1`,
          [first.id],
        );
      } finally {
        await client.end();
      }
      const agedAt = Date.now();
      await waitFor(() => rerun() !== undefined, 20_000);
      rerunAfterAgeingMs = rerun() ? rerun()!.at - agedAt : null;
    }
    await waitFor(() => false, cronUntil - Date.now());
    const perMinute = new Map<number, number>();
    for (let slot = Math.floor(cronFrom / 60_000); slot * 60_000 < cronUntil - 8_000; slot++) perMinute.set(slot, 0);
    for (const e of events) {
      const slot = Math.floor(e.at / 60_000);
      if (e.event === "tick" && e.at >= cronFrom && perMinute.has(slot)) perMinute.set(slot, perMinute.get(slot)! + 1);
    }
    // The first slot is a partial minute, which graphile-worker's cron lets pass (it fires on the
    // minute) and pg-boss's fires in at once (within the minute).
    const firesPerMinute = [...perMinute.values()];
    if (firesPerMinute[0] === 0) firesPerMinute.shift();
    return { firesPerMinute, rerunMs, rerunAfterAgeingMs };
  } finally {
    await Promise.all(workers.map(stopWorker));
  }
}

// ---------------------------------------------------------------------------------------------

const pgUrl = argValue("pg") ?? process.env.DATABASE_URL_PG;
const measuredCommit = describeCommit();
const startedAt = Date.now();
const work = mkdtempSync(path.join(os.tmpdir(), "papershelf-queues-"));
const embedded = await startEmbeddedDb({ dataDir: path.join(work, "pglite"), port: 0, log: () => {} });
const databases: Database[] = [{ name: "embedded (PGlite)", url: embedded.url }];
let pgVersion = "";
if (pgUrl) {
  const client = new pg.Client(pgUrl);
  await client.connect();
  pgVersion = (await client.query<{ server_version: string }>("show server_version")).rows[0]!.server_version;
  for (const schema of [...Object.values(SCHEMA), PREPARED_SCHEMA]) await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
  databases.push({ name: `PostgreSQL ${pgVersion.split(" ")[0]}`, url: pgUrl });
} else {
  console.log("PostgreSQL: skipped (no --pg=postgresql://… and no DATABASE_URL_PG)");
}

const speeds = new Map<string, Speed>();
const probes = new Map<string, Awaited<ReturnType<typeof probePreparedStatements>>>();
const survivals = new Map<string, Survival>();
try {
  for (const db of databases) {
    for (const library of LIBRARIES) {
      console.log(`${library} on ${db.name}: enqueue, throughput, latency…`);
      const speed = await measureSpeed(library, db);
      speeds.set(`${library}|${db.name}`, speed);
      console.log(
        `  ${speed.oneByOne}/s one by one, ${speed.batched}/s batched; ${speed.drains.map((d) => `${d.perSecond}/s (${d.done}/${d.queued})`).join(", ")}; latency p50 ${Math.round(speed.latency.p50)} ms p95 ${Math.round(speed.latency.p95)} ms`,
      );
    }
    console.log(`graphile-worker with prepared statements on ${db.name}…`);
    const probe = await probePreparedStatements(db);
    probes.set(db.name, probe);
    console.log(`  ${probe.done}/${probe.jobs} jobs in ${seconds(probe.ms)} ${probe.errors}`);
  }
  console.log("cron with two workers and a worker killed mid-job, all at once (2–3 minutes)…");
  await Promise.all(
    databases.flatMap((db) =>
      LIBRARIES.map(async (library) => {
        const survival = await measureSurvival(library, db);
        survivals.set(`${library}|${db.name}`, survival);
        console.log(
          `  ${library} on ${db.name}: cron fires per minute ${survival.firesPerMinute.join(", ")}; rerun after ${survival.rerunMs === null ? "—" : seconds(survival.rerunMs)}`,
        );
      }),
    ),
  );
} finally {
  await embedded.stop();
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

const rows: string[] = [];
for (const db of databases) {
  for (const library of LIBRARIES) {
    const speed = speeds.get(`${library}|${db.name}`)!;
    const survival = survivals.get(`${library}|${db.name}`)!;
    const rerun =
      survival.rerunMs !== null
        ? `yes, ${seconds(survival.rerunMs)} after the kill`
        : `not within ${seconds(RERUN_WAIT_MS)}${
            survival.rerunAfterAgeingMs === undefined
              ? ""
              : `; once its lock was aged 4 h by hand, ${survival.rerunAfterAgeingMs === null ? "still not" : `${seconds(survival.rerunAfterAgeingMs)} later`}`
          }`;
    rows.push(
      `| ${library} | ${db.name} | ${speed.oneByOne} | ${speed.batched} | ${speed.drains.map((d) => `${d.perSecond} (${d.label}; ${d.done} of ${d.queued} started${d.twice ? `, **${d.twice} twice**` : ""})`).join("<br>")} | ${Math.round(speed.latency.p50)} / ${Math.round(speed.latency.p95)}${speed.latency.handled < PINGS ? ` (${speed.latency.handled}/${PINGS} handled)` : ""} | ${library === "graphile-worker" ? speed.notifications : "— (polls only)"} | ${survival.firesPerMinute.join(", ")} | ${rerun} |${speed.errors ? ` ${speed.errors}` : ""}`,
    );
  }
}
const probeLines = [...probes].map(
  ([name, p]) => `- ${name}: ${p.done} of ${p.jobs} jobs in ${seconds(p.ms)}${p.errors ? `; errors: ${p.errors}` : ""}.`,
);
const table = `| library | database | enqueue one by one (jobs/s) | enqueue ${BATCH} per call (jobs/s) | throughput, jobs/s (how) | latency enqueue → start, p50 / p95 ms | LISTEN/NOTIFY wake-ups (of ${PINGS} sends) | cron "every minute", fires per minute with 2 workers | job of a worker killed by SIGKILL runs again |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}`;
console.log(`\n${table}\n\ngraphile-worker as it comes (prepared statements on):\n${probeLines.join("\n")}`);

writeResultsSection(
  "Job queues: pg-boss and graphile-worker",
  `Run: \`npm run bench:queues${
    process.argv.length > 2
      ? ` -- ${process.argv
          .slice(2)
          .join(" ")
          .replace(/\/\/[^@\s]*@/, "//…@")}`
      : ""
  }\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}, ${seconds(Date.now() - startedAt)} in all: pg-boss 10.4.2 and graphile-worker 0.17.3 (the newest that run on Node 20) on the embedded database (PGlite behind \`scripts/lib/pglite-server.mjs\`, on disk, every connection sharing its one session)${pgVersion ? ` and on PostgreSQL ${pgVersion}` : " (PostgreSQL skipped: no `--pg`)"}, each in a schema of its own. Same settings for both (\`bench/lib/job-queue.ts\`): poll every 0.5 s, two jobs at a time, handlers that do nothing, so the numbers are the queue's own cost; graphile-worker with \`noPreparedStatements\` (see below). Enqueue: ${JOBS} jobs one call each, then ${JOBS} in calls of ${BATCH}. Throughput: workers started on the ${2 * JOBS} queued jobs, jobs started per second from the first start to the last (for at most ${DRAIN_SECONDS} s). Latency: ${PINGS} jobs sent 0.5–1 s apart to an idle worker, from the send to the handler's start. Cron and kill: two worker processes per library and database, all four pairs at once; one takes a job that never ends and is killed with SIGKILL, and a third process replaces it; the cron counts are for each minute from the first two workers' start (the first partial minute left out when nothing fired in it), all from an every-minute UTC schedule that every worker declares. pg-boss fails a job still active ${PG_BOSS_EXPIRE_SECONDS} s after it started (\`expireInSeconds\`) when its maintenance runs (every ${PG_BOSS_MAINTENANCE_SECONDS} s here; 120 s by default), then retries it after 1 s. pg-boss 10's worker loop waits out the poll interval after every fetch, also one that found jobs, so a loop runs at most batchSize jobs per 0.5 s: with batchSize 10 each loop still runs its batch one job at a time (two in flight), so both rows are two at a time. graphile-worker has no per-job timeout: a locked job is unlocked by a sweep (every 8–10 min by default, 2–3 s in these workers) once it has been locked 4 hours (fixed in its SQL).

${table}

**graphile-worker as it comes** (prepared statements on, its default), 50 jobs:
${probeLines.join("\n")}

Why it stalls on the embedded server: graphile-worker prepares its statements under fixed names (\`get_job/<schema>\`, \`complete_job/<schema>\`, …), and node-postgres remembers per connection which names it has prepared. On the embedded server every connection is the same PostgreSQL session, so when a second pooled connection prepares \`get_job/<schema>\` PostgreSQL answers "prepared statement already exists"; that fetch fails. node-postgres's pool hands out the connection released last, and a failed fetch releases its connection last, so once a fetch lands on a connection that has not prepared the statement itself, every later fetch lands there and fails: after the first few jobs (1 to 8 of 50 in our runs, with concurrency 1 or 2) the worker only logs that error, every poll. With \`concurrency: 1\` and one worker it stalls the same way, and the poll interval changes only how often it fails. \`noPreparedStatements: true\` removes the failure (every row above uses it). LISTEN/NOTIFY does not stall it but does not help either: a notification is delivered to whichever connection's query the session is running when it is sent, which is the sender's, never the listener's, so on the embedded server graphile-worker only polls (the wake-ups column). Advisory locks and \`FOR UPDATE SKIP LOCKED\` exclude nothing between connections of one session, but the server runs one connection's statement or transaction at a time, so a fetch still takes a job whole: no job started twice in the throughput runs (the column says so when one does), and each cron minute fired once.`,
);
console.log("wrote bench/RESULTS.md");
process.exit(0);
