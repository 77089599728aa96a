// `npm run bench:votes [-- --seconds=15] [--pg=postgresql://…/papershelf_bench_votes]`
// The vote endpoint's throughput and p99 under 50 concurrent clients (50 signed-in people, each
// upvoting a random paper and taking it back, so every request writes), next to the read API
// `/api/papers` in the same run. Server (and its embedded database) on core 0, load on core 1.
// Afterwards, checks that every paper's count still equals its vote rows. With --pg the server
// uses that PostgreSQL database instead (its name must contain "bench": it is wiped).
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { onCore, runJson, startProcess, waitForUrl } from "./lib/processes";
import { argValue } from "./lib/args";
import { signedInCookie } from "./lib/signed-in-cookie";
import { writeResultsSection } from "./lib/results-file";

const arg = argValue;
const seconds = Number(arg("seconds") ?? 15);
const pgUrl = arg("pg");
const PORT = 3590;
const base = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 50;

type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  statusCodeStats?: Record<string, { count: number }>;
};
type LoadPlan = { kind: "read" | "vote"; seconds: number; cookies: string[]; paperIds: string[] };

// The load generator: this same file, run again on its own core with --load.
async function runLoad(plan: LoadPlan): Promise<Result> {
  const require = createRequire(import.meta.url);
  const autocannon = require("autocannon") as (options: object) => Promise<Result>;
  if (plan.kind === "read") {
    return autocannon({ url: `${base}/api/papers?sort=trending&limit=30`, connections: CONNECTIONS, duration: plan.seconds });
  }
  let next = 0;
  type Context = { cookie?: string; paper?: string; voted?: boolean };
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: plan.seconds,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>, context: Context) => {
          // Each connection is one person; it upvotes a random paper, then takes that upvote back.
          context.cookie ??= plan.cookies[next++ % plan.cookies.length];
          if (!context.voted) context.paper = plan.paperIds[Math.floor(Math.random() * plan.paperIds.length)];
          context.voted = !context.voted;
          return {
            ...request,
            method: context.voted ? "PUT" : "DELETE",
            path: `/api/papers/${context.paper}/vote`,
            headers: { cookie: context.cookie },
          };
        },
      },
    ],
  });
}

function load(plan: LoadPlan): Result {
  const [cmd, args] = onCore(1, process.execPath, ["--import", "tsx", "bench/votes.ts", `--load=${JSON.stringify(plan)}`]);
  return runJson<Result>(cmd, args);
}

async function countsMatchVotes(databaseUrl: string) {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ drifted: string }>(
      `SELECT count(*) AS drifted FROM "Paper" p JOIN bench_baseline b ON b.id = p."id"
       WHERE p."upvotes" - b.base <> (SELECT count(*) FROM "Vote" v WHERE v."paperId" = p."id")`,
    );
    return Number(rows[0]!.drifted);
  } finally {
    await client.end();
  }
}

type Measured = { label: string; read: Result; vote: Result; drifted: number };

async function measure(pgUrl: string | undefined): Promise<Measured> {
  const dbPort = PORT + 1;
  // The embedded database wants a password; the app under test is given this one.
  const dbPassword = randomBytes(24).toString("base64url");
  const databaseUrl = pgUrl ?? `postgresql://postgres:${dbPassword}@127.0.0.1:${dbPort}/postgres?sslmode=disable`;
  if (pgUrl) {
    if (!/bench/.test(new URL(pgUrl).pathname)) throw new Error("--pg must name a database whose name contains 'bench' (it is wiped)");
    const client = new pg.Client(pgUrl);
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    await client.end();
  }
  const label = pgUrl ? "PostgreSQL 15 server" : "embedded PGlite";
  const env: Record<string, string> = {
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-auth",
    PORT: String(PORT),
    APP_URL: base,
    RATE_LIMIT_VOTES_PER_MINUTE: "1000000000",
    ...(pgUrl
      ? { DATABASE_URL: pgUrl }
      : { EMBEDDED_DB_DIR: "memory://", EMBEDDED_DB_PORT: String(dbPort), EMBEDDED_DB_PASSWORD: dbPassword }),
  };
  console.log(`${label}: starting the app on core 0 (it builds first if the sources changed)…`);
  const server = startProcess(...onCore(0, "node_modules/.bin/tsx", ["scripts/start.ts"]), env);
  try {
    await waitForUrl(`${base}/api/papers?limit=1`, server, 600_000);
    const { papers } = (await (await fetch(`${base}/api/papers?sort=new&limit=100`)).json()) as { papers: { id: string }[] };
    const paperIds = papers.map((p) => p.id);
    console.log(`${label}: signing up ${CONNECTIONS} people…`);
    const cookies: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) cookies.push(await signedInCookie(base, i));

    // Seed papers carry imported counts without vote rows: remember them, to check drift after.
    const baseline = new pg.Client(databaseUrl);
    await baseline.connect();
    await baseline.query(
      `CREATE TABLE bench_baseline AS SELECT "id", "upvotes" - (SELECT count(*) FROM "Vote" v WHERE v."paperId" = "Paper"."id") AS base FROM "Paper"`,
    );
    await baseline.end();

    // Warm both paths (compilation, caches, connection pools) before measuring.
    load({ kind: "read", seconds: 3, cookies, paperIds });
    load({ kind: "vote", seconds: 3, cookies, paperIds });
    console.log(`${label}: measuring ${seconds} s each…`);
    const read = load({ kind: "read", seconds, cookies, paperIds });
    const vote = load({ kind: "vote", seconds, cookies, paperIds });
    const drifted = await countsMatchVotes(databaseUrl);
    console.log(
      `${label}: read ${Math.round(read.requests.average)} req/s (p99 ${read.latency.p99} ms); vote ${Math.round(vote.requests.average)} req/s (p99 ${vote.latency.p99} ms, non-2xx ${vote.non2xx}); drifted ${drifted}`,
    );
    return { label, read, vote, drifted };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

async function main() {
  const planArg = arg("load");
  if (planArg) return console.log(JSON.stringify(await runLoad(JSON.parse(planArg) as LoadPlan)));

  const runs = [await measure(undefined)];
  if (pgUrl) runs.push(await measure(pgUrl));

  const row = (database: string, name: string, r: Result) =>
    `| ${database} | ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.requests.total} | ${r.non2xx} | ${r.errors} |`;
  const body = [
    `Run: \`npm run bench:votes${pgUrl ? " -- --pg=…" : ""}\` on ${new Date().toISOString().slice(0, 10)}: the 90 seed papers, ${CONNECTIONS} connections for ${seconds} s per row; the app (\`scripts/start.ts\`, production build, with its embedded database) on core 0, autocannon on core 1.`,
    "",
    "Each vote connection is one signed-in person who upvotes a random paper and then takes the upvote back, so every request writes: the vote row, the paper's count and trending score in one statement, and a `papers` cache-tag revalidation.",
    "",
    "| database | endpoint | req/s | p50 ms | p99 ms | requests | non-2xx | errors |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...runs.flatMap((r) => [
      row(r.label, "`GET /api/papers?limit=30` (data cache)", r.read),
      row(r.label, "`PUT`/`DELETE /api/papers/{id}/vote`", r.vote),
    ]),
    "",
    ...runs.map(
      (r) =>
        `- ${r.label}: votes at ${((r.vote.requests.average / r.read.requests.average) * 100).toFixed(0)}% of the read API's throughput; papers whose count differs from their vote rows afterwards: **${r.drifted}**.`,
    ),
  ].join("\n");
  console.log(body);
  writeResultsSection("Votes", body);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
