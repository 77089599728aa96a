// `npm run bench:feed-votes [-- --rounds=3] [--seconds=10] [--rate=10] [--pg=postgresql://…bench…]`
// Issue 13's "writes must not make cached pages expensive": the cached feed `/` of a fresh
// `npm start` (bench/lib/fresh-app.ts) under autocannon, with no votes and with a steady stream of
// --rate votes a second (bench/lib/vote-loop.ts: signed-in people upvoting and taking back, so the
// order keeps changing), in alternating rounds. The app and its database on core 0, autocannon and
// the votes on core 1. On the embedded database, and with --pg also on that PostgreSQL database
// (its name must contain "bench": it is wiped). Target: the feed keeps ≥ 0.8 of its throughput.
import { spawn } from "node:child_process";
import pg from "pg";
import { argValue } from "./lib/args";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { startFreshApp } from "./lib/fresh-app";
import { onCore } from "./lib/processes";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { signedInCookie } from "./lib/signed-in-cookie";

const rounds = Number(argValue("rounds") ?? 3);
const seconds = Number(argValue("seconds") ?? 10);
const rate = Number(argValue("rate") ?? 10);
const pgUrl = argValue("pg");
const port = Number(argValue("port") ?? 3590);
const TARGET = 0.8;
const PEOPLE = 20;

type Votes = { sent: number; ok: number; statuses: Record<string, number>; perSecond: number; p50: number; p99: number };
type Measured = { label: string; idle: Cannon[]; voting: Cannon[]; votes: Votes[] };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rateOf = (runs: Cannon[]) => median(runs.map((r) => r.requests.average));

async function wipe(url: string) {
  if (!/bench/.test(new URL(url).pathname)) throw new Error("--pg must name a database whose name contains 'bench' (it is wiped)");
  const client = new pg.Client(url);
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await client.end();
}

async function measure(database: string | undefined): Promise<Measured> {
  const label = database ? "PostgreSQL server" : "embedded PGlite";
  if (database) await wipe(database);
  const app = await startFreshApp({
    port,
    core: 0,
    env: { RATE_LIMIT_VOTES_PER_MINUTE: "1000000", ...(database ? { DATABASE_URL: database } : {}) },
  });
  const url = `${app.base}/`;
  const measured: Measured = { label, idle: [], voting: [], votes: [] };
  try {
    const { papers } = (await (await fetch(`${app.base}/api/papers?sort=trending&limit=30`)).json()) as { papers: { id: string }[] };
    const cookies: string[] = [];
    for (let i = 0; i < PEOPLE; i++) cookies.push(await signedInCookie(app.base, i));
    console.log(`${label}: warm-up (5 s)…`);
    runAutocannon(url, { seconds: 5 });
    for (let round = 1; round <= rounds; round++) {
      measured.idle.push(runAutocannon(url, { seconds }));
      const [command, args] = onCore(1, "node_modules/.bin/tsx", ["bench/lib/vote-loop.ts"]);
      const loop = spawn(command, args, {
        env: {
          ...process.env,
          BASE: app.base,
          RATE: String(rate),
          COOKIES: JSON.stringify(cookies),
          PAPER_IDS: JSON.stringify(papers.map((p) => p.id)),
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      loop.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      // Let the stream start (tsx compiles the loop first).
      await new Promise((resolve) => setTimeout(resolve, 3000));
      measured.voting.push(runAutocannon(url, { seconds }));
      const exited = new Promise((resolve) => loop.once("exit", resolve));
      loop.kill("SIGTERM");
      await exited;
      measured.votes.push(JSON.parse(output) as Votes);
      await app.assertRunning();
      const votes = measured.votes.at(-1)!;
      console.log(
        `${label} ${round}/${rounds}: idle ${Math.round(measured.idle.at(-1)!.requests.average)} req/s, with votes ${Math.round(measured.voting.at(-1)!.requests.average)} req/s (${votes.perSecond.toFixed(1)} votes/s, ${votes.ok}/${votes.sent} ok, statuses ${JSON.stringify(votes.statuses)})`,
      );
    }
  } finally {
    await app.stop();
  }
  return measured;
}

const measuredCommit = describeCommit();
const results = [await measure(undefined)];
if (pgUrl) results.push(await measure(pgUrl));

const row = (label: string, name: string, runs: Cannon[], note: string) =>
  `| ${label} | ${name} | **${Math.round(rateOf(runs))}** | ${runs.map((r) => Math.round(r.requests.average)).join(", ")} | ${median(runs.map((r) => r.latency.p50))} | ${median(runs.map((r) => r.latency.p99))} | ${note} |`;
const ratios = results.map((r) => ({ label: r.label, ratio: rateOf(r.voting) / rateOf(r.idle) }));
writeResultsSection(
  "Feed under votes",
  `Run: \`npm run bench:feed-votes${pgUrl ? " -- --pg=…" : ""}\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: the cached feed \`/\` (Trending) of a fresh \`npm start\` under autocannon (50 connections, ${seconds} s a round, core 1), in ${rounds} rounds each with no votes and with a steady ${rate} votes a second (${PEOPLE} signed-in people upvoting random feed papers and taking the upvotes back, so the order keeps changing; core 1). The app and its database on core 0.

Votes no longer refresh the lists one by one: the first vote after a quiet spell refreshes them at once, later ones are gathered and refreshed together at the end of a 5-second window (\`lib/votes/plan-list-refresh.ts\`), always in the background (the refresh is served stale once while the page renders again). Counts stay exact for every reader through the per-viewer request.

| database | feed \`/\` | median req/s | each round | p50 ms | p99 ms | votes meanwhile |
| --- | --- | --- | --- | --- | --- | --- |
${results
  .flatMap((r) => [
    row(r.label, "no votes", r.idle, "none"),
    row(
      r.label,
      `${rate} votes/s`,
      r.voting,
      `${median(r.votes.map((v) => v.perSecond)).toFixed(1)} votes/s sent, ${r.votes.reduce((s, v) => s + v.ok, 0)} of ${r.votes.reduce((s, v) => s + v.sent, 0)} answered 2xx; vote p50 ${median(r.votes.map((v) => v.p50)).toFixed(0)} ms, p99 ${median(r.votes.map((v) => v.p99)).toFixed(0)} ms`,
    ),
  ])
  .join("\n")}

Under ${rate} votes a second the feed keeps ${ratios.map((r) => `**${r.ratio.toFixed(2)}** of its throughput on the ${r.label}`).join(" and ")}. Target (issue 13): ≥ ${TARGET} — ${ratios.every((r) => r.ratio >= TARGET) ? "met" : "**not met**"}.`,
);
console.log(ratios.map((r) => `${r.label}: ${r.ratio.toFixed(3)}`).join("; "), "— wrote bench/RESULTS.md");
process.exit(0);
