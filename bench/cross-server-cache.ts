// `npm run bench:cross-server -- --mode=default|redis|notify --pg=postgresql://…/papershelf_bench_cross
//   [--writes=30] [--bound=5] [--seconds=5] [--rounds=8] [--port=3710] [--redis-port=6390] [--entries=100000]`
// Issue 13: a write on any app server refreshes every server's cached pages within 2 s. Two
// production servers (scripts/serve.mjs) from one build, on one PostgreSQL database (its name must
// contain "bench": it is wiped), in one cache mode:
//   default  each server's own in-memory cache, as main has it;
//   redis    Next's cache on one Redis server that both share (CACHE_REDIS_URL; this bench starts
//            a redis-server of its own on --redis-port);
//   notify   each server revalidates its own tags on a PostgreSQL NOTIFY (NOTIFY_ENV below).
// (a) --writes writes through server A, each of two kinds: what a worker or an import does (a
//     paper's title changed in the database, then POST /api/internal/revalidate on A) and a vote
//     (PUT /api/papers/{id}/vote on A, as a signed-in person, each on another paper). From the moment the write
//     is sent, B's cached feed `/` is fetched every 20 ms until it shows the change; a write B has
//     not shown after --bound seconds counts as never. A must show it too, or the run is void.
// (b) The cached feed `/` and the data-cached `/api/papers` of a server in this mode next to a
//     server with the default cache in the same run: autocannon on core 1, the servers (and Redis)
//     on core 0, a warm-up of each, then rounds alternating which goes first.
// (c) In mode redis only: what one revalidation costs the server that makes it and Redis, with the
//     cache as the run left it and with --entries more cached entries (synthetic tag records that
//     the handler reads as it reads real ones), as a site with that many cached pages has.
// Each run replaces its own mode's rows in bench/RESULTS.md and keeps the other modes' rows.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { revalidateKey } from "@/lib/cache/request-revalidation";
import { revalidateAppServers } from "@/lib/cache/revalidate-app-servers";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { buildFingerprint, buildIsCurrent, recordBuild } from "../scripts/lib/build-fingerprint";
import { argValue } from "./lib/args";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { onCore, runOrThrow, startProcess, waitForUrl } from "./lib/processes";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { signedInCookie } from "./lib/signed-in-cookie";
import { percentile } from "./lib/stats";
import { createClient } from "@redis/client";

const MODES = ["default", "redis", "notify"] as const;
type Mode = (typeof MODES)[number];
const mode = argValue("mode") as Mode;
if (!MODES.includes(mode)) throw new Error(`--mode must be one of ${MODES.join(", ")}`);
const pgUrl = argValue("pg");
if (!pgUrl || !/bench/.test(new URL(pgUrl).pathname)) {
  throw new Error("--pg must name a PostgreSQL database whose name contains 'bench' (it is wiped)");
}
const writes = Number(argValue("writes") ?? 30);
const boundMs = Number(argValue("bound") ?? 5) * 1000;
const seconds = Number(argValue("seconds") ?? 5);
const rounds = Number(argValue("rounds") ?? 8);
const port = Number(argValue("port") ?? 3710);
const redisPort = Number(argValue("redis-port") ?? 6390);
const syntheticEntries = Number(argValue("entries") ?? 100_000);
const REVALIDATIONS = 10;
// Between revalidations: Next may finish one after answering, and one must not run into the next.
const REVALIDATION_GAP_MS = 1500;
const POLL_MS = 20;
const TARGET_MS = 2000;
const DIST_DIR = ".next-bench-cross-server";
const RESULTS_TITLE = "Shared cache across app servers";

/**
 * What each app server's environment adds in `mode`. The build is the same in every mode: the
 * cache is chosen when a server starts.
 */
function modeEnv(redisUrl: string): Record<string, string> {
  if (mode === "redis") return { CACHE_REDIS_URL: redisUrl };
  if (mode === "notify") return NOTIFY_ENV;
  return {};
}
// ── notify ──────────────────────────────────────────────────────────────────────────────────────
// The settings the PostgreSQL LISTEN/NOTIFY invalidation needs on every app server, if any. With
// none, "notify" measures what the checkout does out of the box on a PostgreSQL server.
const NOTIFY_ENV: Record<string, string> = {};
// ────────────────────────────────────────────────────────────────────────────────────────────────

type Server = { name: string; base: string; child: ChildProcess; stop: () => Promise<void>; assertRunning: () => void };

/** One production web server (scripts/serve.mjs, as `npm start` runs it) on core 0. */
async function startServer(name: string, serverPort: number, env: Record<string, string>): Promise<Server> {
  const base = `http://127.0.0.1:${serverPort}`;
  const child = startProcess(...onCore(0, process.execPath, ["scripts/serve.mjs"]), { ...env, PORT: String(serverPort) });
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping) console.error(`server ${name} stopped by itself: exit status ${code ?? signal}`);
  });
  await waitForUrl(`${base}/api/papers?limit=1`, child);
  return {
    name,
    base,
    child,
    assertRunning: () => {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`server ${name} stopped during the run; its measurements are void`);
    },
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A Redis server of this run's own: loopback only, nothing written to disk. */
async function startRedis(): Promise<{ url: string; pid: number; stop: () => void }> {
  if (spawnSync("sh", ["-c", "command -v redis-server"]).status !== 0) {
    throw new Error("mode redis needs redis-server (Debian: apt-get install redis-server)");
  }
  const args = ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const child = spawn(...onCore(0, "redis-server", args), { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 10_000;
  while (spawnSync("redis-cli", ["-p", String(redisPort), "ping"], { encoding: "utf8" }).stdout.trim() !== "PONG") {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${redisPort}`);
    await sleep(100);
  }
  return { url: `redis://127.0.0.1:${redisPort}`, pid: child.pid!, stop: () => child.kill("SIGTERM") };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The feed page as a reader gets it from `base`. */
async function feedHtml(base: string): Promise<string> {
  const response = await fetch(`${base}/`, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${base}/ answered ${response.status}`);
  return response.text();
}

/** Milliseconds from `start` until `base`'s feed passes `isFresh`, fetched every POLL_MS; null past the bound. */
async function timeToFresh(base: string, isFresh: (html: string) => boolean, start: number): Promise<number | null> {
  for (;;) {
    const html = await feedHtml(base);
    const elapsed = performance.now() - start;
    if (isFresh(html)) return elapsed;
    if (elapsed >= boundMs) return null;
    await sleep(POLL_MS);
  }
}

/** The count a feed page shows on `paperId`'s upvote button (components/papers/vote-control.tsx). */
function shownUpvotes(html: string, paperId: string): number | null {
  const match = new RegExp(`/api/papers/${paperId}/vote"[^]*?aria-label="(\\d+) upvotes"`).exec(html);
  return match ? Number(match[1]) : null;
}

type WriteKind = "import" | "vote";
type Latencies = { kind: WriteKind; fresh: number[]; never: number; answered: number[] };

/**
 * `count` writes of one kind through A. Before each, A and B have the feed cached; B is polled
 * first, so B's answer never comes from a render A made for the check on A that follows.
 */
let lastWrite = 0;
async function measureWrites(kind: WriteKind, a: Server, b: Server, write: (i: number) => Promise<(html: string) => boolean>) {
  const result: Latencies = { kind, fresh: [], never: 0, answered: [] };
  for (let i = 0; i < writes; i++) {
    await feedHtml(a.base);
    await feedHtml(b.base);
    // Since LISTEN/NOTIFY landed, votes are gathered into one refresh of the lists per 5 s window
    // (lib/votes/plan-list-refresh.ts); a vote in a quiet spell is refreshed at once. Votes a window
    // apart (untimed pause) measure how fast that refresh reaches B; a vote inside a window waits
    // for the window's end by design.
    if (kind === "vote" && mode === "notify")
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastWrite + 5100 - Date.now())));
    lastWrite = Date.now();
    const start = performance.now();
    const isFresh = await write(i);
    result.answered.push(performance.now() - start);
    const onB = await timeToFresh(b.base, isFresh, start);
    if (onB === null) result.never++;
    else result.fresh.push(onB);
    if ((await timeToFresh(a.base, isFresh, performance.now())) === null) {
      throw new Error(`${kind} ${i + 1}: server A itself never showed the write; the run is void`);
    }
    a.assertRunning();
    b.assertRunning();
    console.log(
      `  ${kind} ${i + 1}/${writes}: fresh on B ${onB === null ? `never within ${boundMs / 1000} s` : `after ${Math.round(onB)} ms`}`,
    );
  }
  return result;
}

type Measured = { cannon: Cannon; cpuMsPerRequest: number };
type Throughput = { path: string; mode: Measured[]; reference: Measured[] };

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);

/** CPU time (user and system, milliseconds) the processes `pids` have used so far, from /proc. */
function cpuMs(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(")").at(-1)!.trim().split(" ");
    return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  }, 0);
}

/**
 * The same path on `server` and on `reference`, in alternating order, after a warm-up of each.
 * Besides req/s, which other work on the machine disturbs, the CPU time the serving processes
 * used per request: `server`'s with `sharedPids` (Redis), which serve its requests too.
 */
function measureThroughput(urlPath: string, server: Server, reference: Server, sharedPids: number[]): Throughput {
  const result: Throughput = { path: urlPath, mode: [], reference: [] };
  runAutocannon(`${server.base}${urlPath}`, { seconds: Math.min(5, seconds) });
  runAutocannon(`${reference.base}${urlPath}`, { seconds: Math.min(5, seconds) });
  for (let round = 1; round <= rounds; round++) {
    const order: ("mode" | "reference")[] = round % 2 === 1 ? ["mode", "reference"] : ["reference", "mode"];
    for (const which of order) {
      const pids = which === "mode" ? [server.child.pid!, ...sharedPids] : [reference.child.pid!];
      const before = cpuMs(pids);
      const cannon = runAutocannon(`${(which === "mode" ? server : reference).base}${urlPath}`, { seconds });
      const cpuMsPerRequest = (cpuMs(pids) - before) / cannon.requests.total;
      result[which].push({ cannon, cpuMsPerRequest });
      console.log(
        `  ${urlPath} round ${round}/${rounds} ${which === "mode" ? mode : "default"}: ${Math.round(cannon.requests.average)} req/s, ${cpuMsPerRequest.toFixed(2)} CPU ms a request`,
      );
    }
    server.assertRunning();
    reference.assertRunning();
  }
  return result;
}

type RevalidationCost = { entries: number; wallMs: number; appCpuMs: number; redisCpuMs: number };

/**
 * REVALIDATIONS revalidations of the papers tag through A, one at a time, with the cache as it is
 * and again with `syntheticEntries` more entries in the handler's tag records: it reads all of
 * them on every revalidation to find the entries carrying the tag.
 */
async function measureRevalidationCost(a: Server, redis: { url: string; pid: number }, key: string): Promise<RevalidationCost[]> {
  const client = createClient({ url: redis.url });
  await client.connect();
  // The handler's key prefix (lib/cache/redis-cache-handler.js).
  const prefix = `papershelf:${readFileSync(path.join(DIST_DIR, "BUILD_ID"), "utf8").trim()}:`;
  const costs: RevalidationCost[] = [];
  try {
    for (const added of [0, syntheticEntries]) {
      for (let from = 0; from < added; from += 10_000) {
        const keys = Array.from(
          { length: Math.min(10_000, added - from) },
          (_, i) => `/route-cache/APP_PAGE/synthetic/$/papers/p${from + i}`,
        );
        const expireAt = String(Math.floor(Date.now() / 1000) + 3600);
        await client.hSet(`${prefix}__sharedTags__`, Object.fromEntries(keys.map((k, i) => [k, JSON.stringify([`paper:${from + i}`])])));
        await client.hSet(`${prefix}__sharedTagsTtl__`, Object.fromEntries(keys.map((k) => [k, expireAt])));
      }
      const entries = await client.hLen(`${prefix}__sharedTags__`);
      const appBefore = cpuMs([a.child.pid!]);
      const redisBefore = cpuMs([redis.pid]);
      let answeredMs = 0;
      for (let i = 0; i < REVALIDATIONS; i++) {
        const start = performance.now();
        const answer = await fetch(`${a.base}/api/internal/revalidate`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({ now: [PAPERS_TAG] }),
        });
        await answer.text();
        if (!answer.ok) throw new Error(`revalidate on A: ${answer.status}`);
        answeredMs += performance.now() - start;
        // The CPU counted covers whatever the handler still does after answering.
        await sleep(REVALIDATION_GAP_MS);
      }
      const wallMs = answeredMs / REVALIDATIONS;
      costs.push({
        entries,
        wallMs,
        appCpuMs: (cpuMs([a.child.pid!]) - appBefore) / REVALIDATIONS,
        redisCpuMs: (cpuMs([redis.pid]) - redisBefore) / REVALIDATIONS,
      });
      console.log(`  ${entries} entries: ${Math.round(wallMs)} ms a revalidation`);
    }
  } finally {
    await client.hDel(
      `${prefix}__sharedTags__`,
      Array.from({ length: syntheticEntries }, (_, i) => `/route-cache/APP_PAGE/synthetic/$/papers/p${i}`),
    );
    await client.hDel(
      `${prefix}__sharedTagsTtl__`,
      Array.from({ length: syntheticEntries }, (_, i) => `/route-cache/APP_PAGE/synthetic/$/papers/p${i}`),
    );
    await client.quit();
  }
  return costs;
}

/** Builds the app into DIST_DIR unless it holds a build of the current sources. */
function buildOnce(buildEnv: Record<string, string>) {
  const fingerprint = buildFingerprint(process.cwd(), DIST_DIR, buildEnv);
  if (buildIsCurrent(DIST_DIR, fingerprint)) return;
  console.log(`building into ${DIST_DIR}…`);
  // `next build` into any directory but .next adds that directory's types to tsconfig.json, a
  // build input: put it back, or the next `npm start` rebuilds and the checkout is dirty.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    runOrThrow(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
      ...buildEnv,
      NODE_ENV: "production",
    });
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
  recordBuild(DIST_DIR, fingerprint);
}

async function prepareDatabase(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.end();
  const env = { DATABASE_URL: url };
  runOrThrow("node_modules/.bin/tsx", ["scripts/db-migrate.ts"], env);
  runOrThrow("node_modules/.bin/tsx", ["scripts/db-seed.ts"], env);
}

// ── the run ─────────────────────────────────────────────────────────────────────────────────────
const measuredCommit = describeCommit();
const loadBefore = os.loadavg()[0]!;
const authSecret = randomBytes(33).toString("base64url");
// Both servers stand for one site: one public origin (a balancer's), one secret.
const appUrl = `http://localhost:${port}`;
const buildEnv = { NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", APP_URL: appUrl, INGEST_SOURCES: "none" };
buildOnce(buildEnv);
console.log("wiping, migrating and seeding the database…");
await prepareDatabase(pgUrl);
const redis = mode === "redis" ? await startRedis() : null;
const serverEnv = {
  ...buildEnv,
  NODE_ENV: "production",
  DATABASE_URL: pgUrl,
  AUTH_SECRET: authSecret,
  RATE_LIMIT_VOTES_PER_MINUTE: "1000000",
};
const db = new pg.Client(pgUrl);
await db.connect();
const servers: Server[] = [];
let latencies: Latencies[];
let throughput: Throughput[];
let revalidationCosts: RevalidationCost[] = [];
try {
  const a = await startServer("A", port, { ...serverEnv, ...modeEnv(redis?.url ?? "") });
  servers.push(a);
  const b = await startServer("B", port + 1, { ...serverEnv, ...modeEnv(redis?.url ?? "") });
  servers.push(b);
  // The first paper of the feed `/` (trending): it stays on the first page through its own votes.
  const { rows } = await db.query<{ id: string; title: string }>(`SELECT id, title FROM "Paper" ORDER BY score DESC, id DESC LIMIT 1`);
  const paper = rows[0]!;
  const key = revalidateKey(authSecret);
  const cookie = await signedInCookie(a.base, 0);
  const runTag = randomBytes(3).toString("hex");

  console.log(`(a) ${writes} writes of each kind through A, polling B every ${POLL_MS} ms for up to ${boundMs / 1000} s…`);
  const importWrite = async (i: number) => {
    const marker = `m${runTag}w${i}`;
    await db.query(`UPDATE "Paper" SET title = $1 WHERE id = $2`, [`${paper.title} ${marker}`, paper.id]);
    if (mode === "notify") {
      // As `npm run import` and the worker tell every app server: a NOTIFY on the database. (A's
      // internal route refreshes A alone: in this mode it is where A's listener hands messages.)
      const told = await revalidateAppServers({ now: [PAPERS_TAG] }, { databaseUrl: pgUrl });
      if (!told.ok) throw new Error(`NOTIFY: ${told.reason}`);
      return (html: string) => html.includes(marker);
    }
    const answer = await fetch(`${a.base}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ now: [PAPERS_TAG] }),
    });
    if (!answer.ok) throw new Error(`revalidate on A: ${answer.status} ${await answer.text()}`);
    return (html: string) => html.includes(marker);
  };
  // One upvote on each paper of the feed's first page in turn: an upvote only raises a paper, so
  // each stays on that page, and no count the write leaves was ever shown before it.
  const firstPage = [...new Set([...(await feedHtml(a.base)).matchAll(/\/api\/papers\/([^/"]+)\/vote"/g)].map((m) => m[1]!))];
  if (writes > firstPage.length) throw new Error(`--writes: at most ${firstPage.length}, the papers on the feed's first page`);
  const voteWrite = async (i: number) => {
    const paperId = firstPage[i]!;
    const answer = await fetch(`${a.base}/api/papers/${paperId}/vote`, { method: "PUT", headers: { cookie } });
    if (!answer.ok) throw new Error(`vote on A: ${answer.status} ${await answer.text()}`);
    const { upvotes } = (await answer.json()) as { upvotes: number };
    return (html: string) => shownUpvotes(html, paperId) === upvotes;
  };
  // Untimed, so that each server has rendered the feed once (a fresh server's first render loads
  // the page's code and opens database connections) before the timed writes.
  await timeToFresh(b.base, await importWrite(writes), performance.now());
  await timeToFresh(a.base, () => true, performance.now());
  latencies = [await measureWrites("import", a, b, importWrite), await measureWrites("vote", a, b, voteWrite)];
  await db.query(`UPDATE "Paper" SET title = $1 WHERE id = $2`, [paper.title, paper.id]);

  if (redis) {
    console.log(`(c) the cost of a revalidation, with ${syntheticEntries} more cached entries and without…`);
    revalidationCosts = await measureRevalidationCost(a, redis, key);
  }

  console.log(`(b) throughput: ${mode} on A next to a default-cache server, ${rounds} rounds of ${seconds} s…`);
  await b.stop();
  // In mode default the reference is a second server like A, so the ratio shows the noise.
  const reference = await startServer("default reference", port + 2, serverEnv);
  servers.push(reference);
  throughput = ["/", "/api/papers"].map((urlPath) => measureThroughput(urlPath, a, reference, redis ? [redis.pid] : []));
} finally {
  await db.end();
  for (const server of servers) await server.stop();
  redis?.stop();
}
const loadAfter = os.loadavg()[0]!;

// ── the results ─────────────────────────────────────────────────────────────────────────────────
const median = (values: number[]) =>
  percentile(
    [...values].sort((x, y) => x - y),
    50,
  );
const ms = (value: number) => (Number.isNaN(value) ? "–" : String(Math.round(value)));
const runNote = `${new Date().toISOString().slice(0, 10)}, ${measuredCommit}, load ${loadBefore.toFixed(1)}→${loadAfter.toFixed(1)}`;
const MODE_LABEL: Record<Mode, string> = {
  default: "`default` (each server's memory, before the NOTIFY listener landed)",
  redis: "`redis` (CACHE_REDIS_URL)",
  notify: "`notify` (LISTEN/NOTIFY)",
};
const WRITE_LABEL: Record<WriteKind, string> = {
  import:
    mode === "notify"
      ? "title changed in the database, then a NOTIFY as `npm run import` sends it"
      : "title changed in the database, then `POST /api/internal/revalidate` on A",
  vote:
    mode === "notify"
      ? "an upvote, `PUT /api/papers/{id}/vote` on A (another paper each time, 5.1 s apart)"
      : "an upvote, `PUT /api/papers/{id}/vote` on A (another paper each time)",
};
const latencyRows = latencies.map((l) => {
  const sorted = [...l.fresh].sort((x, y) => x - y);
  const within = l.fresh.filter((v) => v <= TARGET_MS).length;
  return `| ${MODE_LABEL[mode]} | ${WRITE_LABEL[l.kind]} | ${writes} | ${within} | ${l.never} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? NaN)} | ${ms(median(l.answered))} | ${runNote} |`;
});
const throughputRows = throughput.map((t) => {
  const rate = (runs: Measured[]) => median(runs.map((r) => r.cannon.requests.average));
  const cpu = (runs: Measured[]) => median(runs.map((r) => r.cpuMsPerRequest));
  // Each round's two measurements are next to each other in time: their ratio is the least
  // disturbed by other work on the machine, so the median of those is the headline.
  const ratios = t.mode.map((r, i) => r.cannon.requests.average / t.reference[i]!.cannon.requests.average);
  const errors = [...t.mode, ...t.reference].reduce((sum, r) => sum + r.cannon.errors, 0);
  return `| ${MODE_LABEL[mode]} | \`${t.path}\` | ${Math.round(rate(t.mode))} | ${Math.round(rate(t.reference))} | **${median(ratios).toFixed(2)}** | ${ratios.map((r) => r.toFixed(2)).join(", ")} | ${cpu(t.mode).toFixed(2)} / ${cpu(t.reference).toFixed(2)} | **${(cpu(t.reference) / cpu(t.mode)).toFixed(2)}** | ${errors} | ${runNote} |`;
});

/** This section's measured rows of `table` (its header line's first words) from modes other than this run's. */
function otherModesRows(tableHeader: string): string[] {
  const file = existsSync("bench/RESULTS.md") ? readFileSync("bench/RESULTS.md", "utf8") : "";
  const section = file.split(`\n## ${RESULTS_TITLE}\n`)[1]?.split("\n## ")[0] ?? "";
  const table = section.split(`\n${tableHeader}`)[1]?.split("\n\n")[0] ?? "";
  // Placeholders are made anew by byMode, in the table's current columns.
  return table
    .split("\n")
    .filter((line) => line.startsWith("| `") && !line.startsWith(`| ${MODE_LABEL[mode]} |`) && !line.includes("| not measured yet |"));
}
/** The rows in the modes' order, with a placeholder for a mode not measured yet. */
const byMode = (rowsOfTable: string[], columns: number) =>
  MODES.flatMap((m) => {
    const rowsOfMode = rowsOfTable.filter((row) => row.startsWith(`| ${MODE_LABEL[m]} |`));
    return rowsOfMode.length > 0 ? rowsOfMode : [`| ${MODE_LABEL[m]} | not measured yet |${" |".repeat(columns - 2)}`];
  });
const COST_HEADER = "| mode | cached entries (tag records) |";
const costRows =
  mode === "redis"
    ? revalidationCosts.map(
        (c) =>
          `| ${MODE_LABEL[mode]} | ${c.entries.toLocaleString("en-US")} | ${Math.round(c.wallMs)} | ${Math.round(c.appCpuMs)} | ${Math.round(c.redisCpuMs)} | ${runNote} |`,
      )
    : otherModesRows(COST_HEADER);
const LATENCY_HEADER = "| mode | write on server A |";
const THROUGHPUT_HEADER = "| mode | path |";

writeResultsSection(
  RESULTS_TITLE,
  `Run: \`npm run bench:cross-server -- --mode=<mode> --pg=…\` (\`bench/cross-server-cache.ts\`), once per mode; each run replaces its own rows. Two production servers (\`scripts/serve.mjs\`) from one build, A and B, on one PostgreSQL 15 database with the 90 seed papers, both pinned to core 0 (with Redis in mode \`redis\`); the measuring process and autocannon on core 1.

Modes: \`default\` is main's per-server in-memory cache; \`redis\` is Next's cache on a Redis 7 server both share (\`CACHE_REDIS_URL\`: \`lib/cache/redis-cache-handler.js\`, the maintained handler \`@fortedigital/nextjs-cache-handler\` on \`@redis/client\`, Next's in-memory layer off); \`notify\` is each server revalidating its own tags on a PostgreSQL \`NOTIFY\`.

### (a) A write on server A, then server B's cached feed \`/\`

Each write is timed from the moment it is sent to A until B's feed \`/\` shows it (fetched every ${POLL_MS} ms; B had the feed cached before the write); a write not shown after ${boundMs / 1000} s counts as never. After each, A is checked to show it too. The paper written is the feed's first. Target (issue 13): every server fresh within ${TARGET_MS / 1000} s.

${LATENCY_HEADER} writes | fresh on B within ${TARGET_MS / 1000} s | never (within the bound) | p50 ms | p99 ms | max ms | write answered p50 ms | run |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${byMode([...otherModesRows(LATENCY_HEADER), ...latencyRows], 10).join("\n")}

### (b) Cached pages on one server: this mode next to the default cache, same run

autocannon, 50 connections, ${rounds} rounds of ${seconds} s after a warm-up of each, alternating which server goes first; each round's ratio is this mode's req/s over the default server's in that round. Other work on this shared machine moves req/s a lot, so the CPU time the serving processes used per request (the app server's, and in mode \`redis\` Redis's too; from /proc, median over the rounds) is given as well: the default's over this mode's is the share of the default's capacity this mode keeps when CPU is the limit. In mode \`default\` the reference is a second default server, so its ratio shows the noise.

${THROUGHPUT_HEADER} median req/s in this mode | median req/s, default cache | median of the rounds' ratios | each round's ratio | CPU ms a request (mode / default) | capacity ratio by CPU (default's CPU ms / mode's) | errors | run |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${byMode([...otherModesRows(THROUGHPUT_HEADER), ...throughputRows], 10).join("\n")}

### (c) What one revalidation costs with many cached entries (mode \`redis\`)

${REVALIDATIONS} revalidations of the \`papers\` tag through \`POST /api/internal/revalidate\` on A, ${REVALIDATION_GAP_MS / 1000} s apart (CPU counted over the whole time, so work done after the answer counts too): with the cache the run left, then with ${syntheticEntries.toLocaleString("en-US")} more entries in the handler's tag records (synthetic, none carrying the tag), as a site with that many cached pages and data entries has. The handler reads every entry's tags on each revalidation to find those to delete. CPU from /proc, per revalidation; the other modes keep Next's own record of revalidated tags, one entry per tag.

${COST_HEADER} ms a revalidation (answer on A) | CPU ms on A | CPU ms in Redis | run |
| --- | --- | --- | --- | --- | --- |
${costRows.join("\n")}`,
);
console.log([...latencyRows, ...throughputRows, ...(mode === "redis" ? costRows : [])].join("\n"));
process.exit(0);
