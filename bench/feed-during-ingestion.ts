// `npm run bench:ingest-load [-- --rounds=3] [--seconds=10] [--papers=2000] [--port=3590]`
// The cached feed `/` of a fresh `npm start` (bench/lib/fresh-app.ts) while a large ingestion runs
// (bench/lib/ingest-loop.ts: arXiv days of --papers papers each from the local replay server, one
// transaction a day, the pages refreshed after each day), next to the same feed when nothing else
// runs. As on one machine with `npm start`: the web server, its database and the ingestion on
// core 0, the ingestion at the worker's priority (nice 10, as scripts/lib/supervise-worker.ts runs
// it); autocannon on core 1. Rounds: idle, then busy ones, then idle again. Issue 12's target:
// the feed keeps ≥ 0.8 of its idle throughput.
import { spawn } from "node:child_process";
import { argValue } from "./lib/args";
import { startFreshApp } from "./lib/fresh-app";
import { onCore, runJson } from "./lib/processes";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { startFakeUpstream } from "@/tests/fake-upstream";
import { generateArxivDay } from "@/tests/fixtures/arxiv/generate-day";

const rounds = Number(argValue("rounds") ?? 3);
const seconds = Number(argValue("seconds") ?? 10);
const papers = Number(argValue("papers") ?? 2000);
const port = Number(argValue("port") ?? 3590);
const TARGET = 0.8;
const DAY_COUNT = 12;

type Cannon = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };

function cannon(url: string, duration: number): Cannon {
  const [command, args] = onCore(1, process.execPath, [
    "node_modules/autocannon/autocannon.js",
    "-j",
    "-c",
    "50",
    "-d",
    String(duration),
    url,
  ]);
  const result = runJson<Cannon>(command, args);
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return result;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const measuredCommit = describeCommit();
const upstream = await startFakeUpstream();
// Distinct days in one month, each with ids of its own.
const days = Array.from({ length: DAY_COUNT }, (_, i) => `2024-05-${String(i + 1).padStart(2, "0")}`);
days.forEach((day, i) => upstream.setArxivDay(day, generateArxivDay(day, papers, { first: 10000 + i * papers })));
const app = await startFreshApp({ port, core: 0 });
const url = `${app.base}/`;
const idle: Cannon[] = [];
const busy: Cannon[] = [];
const ingested: { day: string; seconds: number; created: number; refreshed: boolean }[] = [];
let stillRunning = false;
try {
  await fetch(url);
  console.log(`warm-up (5 s)…`);
  cannon(url, 5);
  idle.push(cannon(url, seconds));
  console.log(`  idle: ${Math.round(idle.at(-1)!.requests.average)} req/s`);

  const [command, args] = onCore(0, "nice", ["-n", "10", "node_modules/.bin/tsx", "bench/lib/ingest-loop.ts"]);
  const loop = spawn(command, args, {
    env: {
      ...process.env,
      DATABASE_URL: app.databaseUrl,
      ARXIV_API_URL: upstream.arxivApiUrl,
      DAYS: days.join(","),
      AUTH_SECRET: app.authSecret,
      APP_INTERNAL_URL: app.base,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let done = false;
  loop.stdout.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      if (line === "done") done = true;
      else ingested.push(JSON.parse(line) as (typeof ingested)[number]);
    }
  });
  // Let the first day's transaction begin.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (let round = 1; round <= rounds; round++) {
    busy.push(cannon(url, seconds));
    await app.assertRunning();
    console.log(
      `  during ingestion ${round}/${rounds}: ${Math.round(busy.at(-1)!.requests.average)} req/s (${ingested.length} days ingested so far)`,
    );
  }
  stillRunning = !done && loop.exitCode === null;
  loop.kill("SIGKILL");
  idle.push(cannon(url, seconds));
  console.log(`  idle again: ${Math.round(idle.at(-1)!.requests.average)} req/s`);
} finally {
  await app.stop();
  await upstream.close();
}

const rate = (runs: Cannon[]) => median(runs.map((r) => r.requests.average));
const ratio = rate(busy) / rate(idle);
const perDay = ingested.map((d) => d.seconds);
writeResultsSection(
  "Feed during ingestion",
  `Run: \`npm run bench:ingest-load\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: the cached feed \`/\` of a fresh \`npm start\` (embedded database), autocannon with 50 connections on core 1; the web server, its database and a continuous arXiv ingestion (${papers.toLocaleString("en-US")} papers a day, one transaction a day, the web server's pages refreshed after each day, no politeness pause) on core 0, the ingestion at the worker's priority (nice 10). ${rounds} rounds of ${seconds} s during the ingestion, between an idle round before and after. ${ingested.length} days (${ingested.reduce((s, d) => s + d.created, 0).toLocaleString("en-US")} papers) were written during the busy rounds, ${median(perDay.length ? perDay : [0]).toFixed(1)} s a day (median); the ingestion was ${stillRunning ? "still running" : "**finished**"} when the last busy round ended; ${ingested.filter((d) => d.refreshed).length} of ${ingested.length} page refreshes answered.

| feed \`/\` | median req/s | each round | p50 ms | p99 ms |
| --- | --- | --- | --- | --- |
| idle (before, after) | **${Math.round(rate(idle))}** | ${idle.map((r) => Math.round(r.requests.average)).join(", ")} | ${median(idle.map((r) => r.latency.p50))} | ${median(idle.map((r) => r.latency.p99))} |
| during ingestion | **${Math.round(rate(busy))}** | ${busy.map((r) => Math.round(r.requests.average)).join(", ")} | ${median(busy.map((r) => r.latency.p50))} | ${median(busy.map((r) => r.latency.p99))} |

During ingestion the feed serves **${ratio.toFixed(2)}** of its idle throughput. Target (issue 12): ≥ ${TARGET} — ${ratio >= TARGET ? "met" : "**not met**"}.`,
);
console.log(`ratio ${ratio.toFixed(3)}; wrote bench/RESULTS.md`);
process.exit(0);
