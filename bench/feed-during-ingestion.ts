// `npm run bench:ingest-load [-- --rounds=3] [--seconds=10] [--papers=2000] [--port=3590]`
// The cached feed `/` of a fresh `npm start` (bench/lib/fresh-app.ts) while a large ingestion runs
// (bench/lib/ingest-loop.ts: arXiv days of --papers papers each from the local replay server, one
// transaction a day, the pages refreshed after each day), next to the same feed when nothing else
// runs. As on one machine with `npm start`: the web server, its database and the ingestion on
// core 0, the ingestion at the worker's priority (nice 10, as scripts/lib/supervise-worker.ts runs
// it, and once at normal priority); autocannon on core 1. Idle rounds between. Issue 12's target:
// the feed keeps ≥ 0.8 of its idle throughput.
import { spawn } from "node:child_process";
import { argValue } from "./lib/args";
import { startFreshApp } from "./lib/fresh-app";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { onCore } from "./lib/processes";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { startFakeUpstream } from "@/tests/fake-upstream";
import { generateArxivDay } from "@/tests/fixtures/arxiv/generate-day";

const rounds = Number(argValue("rounds") ?? 3);
const seconds = Number(argValue("seconds") ?? 10);
const papers = Number(argValue("papers") ?? 2000);
const port = Number(argValue("port") ?? 3590);
const TARGET = 0.8;
const DAY_COUNT = 12;

const cannon = (url: string, duration: number): Cannon => runAutocannon(url, { seconds: duration });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const measuredCommit = describeCommit();
const upstream = await startFakeUpstream();
// Distinct days, each with ids of its own: every day ingested writes all of its papers.
const PRIORITIES = [0, 10] as const;
const days = Array.from(
  { length: DAY_COUNT * PRIORITIES.length },
  (_, i) => `2024-${String(5 + Math.floor(i / 28)).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
);
days.forEach((day, i) => upstream.setArxivDay(day, generateArxivDay(day, papers, { first: 10000 + (i % 28) * papers })));
const app = await startFreshApp({ port, core: 0 });
const url = `${app.base}/`;
type Ingested = { day: string; seconds: number; created: number; refreshed: boolean };
type Busy = { priority: number; runs: Cannon[]; ingested: Ingested[]; finished: boolean };
const idle: Cannon[] = [];
const busy: Busy[] = [];
try {
  await fetch(url);
  console.log(`warm-up (5 s)…`);
  cannon(url, 5);
  idle.push(cannon(url, seconds));
  console.log(`  idle: ${Math.round(idle.at(-1)!.requests.average)} req/s`);
  for (const [index, priority] of PRIORITIES.entries()) {
    const [command, args] = onCore(0, "nice", ["-n", String(priority), "node_modules/.bin/tsx", "bench/lib/ingest-loop.ts"]);
    const loop = spawn(command, args, {
      env: {
        ...process.env,
        DATABASE_URL: app.databaseUrl,
        ARXIV_API_URL: upstream.arxivApiUrl,
        DAYS: days.slice(index * DAY_COUNT, (index + 1) * DAY_COUNT).join(","),
        AUTH_SECRET: app.authSecret,
        APP_INTERNAL_URL: app.base,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const run: Busy = { priority, runs: [], ingested: [], finished: false };
    loop.stdout.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        if (line === "done") run.finished = true;
        else run.ingested.push(JSON.parse(line) as Ingested);
      }
    });
    // Let the first day's fetch and transaction begin.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (let round = 1; round <= rounds; round++) {
      run.runs.push(cannon(url, seconds));
      await app.assertRunning();
      console.log(
        `  ingestion at nice ${priority}, ${round}/${rounds}: ${Math.round(run.runs.at(-1)!.requests.average)} req/s (${run.ingested.length} days ingested so far)`,
      );
    }
    loop.kill("SIGKILL");
    busy.push(run);
    idle.push(cannon(url, seconds));
    console.log(`  idle: ${Math.round(idle.at(-1)!.requests.average)} req/s`);
  }
} finally {
  await app.stop();
  await upstream.close();
}

const rate = (runs: Cannon[]) => median(runs.map((r) => r.requests.average));
const row = (name: string, runs: Cannon[], note: string) =>
  `| ${name} | **${Math.round(rate(runs))}** | ${runs.map((r) => Math.round(r.requests.average)).join(", ")} | ${median(runs.map((r) => r.latency.p50))} | ${median(runs.map((r) => r.latency.p99))} | ${note} |`;
const worker = busy.find((b) => b.priority === 10)!;
const ratio = rate(worker.runs) / rate(idle);
writeResultsSection(
  "Feed during ingestion",
  `Run: \`npm run bench:ingest-load\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: the cached feed \`/\` of a fresh \`npm start\` (embedded database) under autocannon (50 connections, core 1), while a continuous arXiv ingestion runs on core 0 with the web server and its database: ${papers.toLocaleString("en-US")} new papers a day, each day fetched (4 pages from the local replay server, no politeness pause), parsed and written in one transaction, then the web server's pages refreshed (\`bench/lib/ingest-loop.ts\`). Once at normal priority, once at the worker's (nice 10, as \`npm start\` runs it); ${rounds} rounds of ${seconds} s each, with idle rounds before, between and after. The web server is saturated here, so this is the worst case for it.

| feed \`/\` | median req/s | each round | p50 ms | p99 ms | ingestion meanwhile |
| --- | --- | --- | --- | --- | --- |
${row("idle", idle, "none")}
${busy.map((b) => row(`during ingestion, nice ${b.priority}`, b.runs, `${b.ingested.length} days (${b.ingested.reduce((sum, d) => sum + d.created, 0).toLocaleString("en-US")} papers) written, ${b.ingested.length ? `${median(b.ingested.map((d) => d.seconds)).toFixed(1)} s a day` : "none finished"}${b.finished ? "; it ran out of days" : ""}; ${b.ingested.filter((d) => d.refreshed).length} page refreshes`)).join("\n")}

As \`npm start\` runs it (nice 10), the feed keeps **${ratio.toFixed(2)}** of its idle throughput during ingestion (at normal priority: ${(rate(busy[0]!.runs) / rate(idle)).toFixed(2)}). Target (issue 12): ≥ ${TARGET} — ${ratio >= TARGET ? "met" : "**not met**"}. With the web server saturated, a niced ingestion gets the CPU's leftovers and goes slowly; with any idle CPU it runs at full speed.`,
);
console.log(`ratio ${ratio.toFixed(3)}; wrote bench/RESULTS.md`);
process.exit(0);
