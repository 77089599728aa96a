// `npm run bench [-- --papers=100000,1000000] [--pg=postgresql://…/papershelf_bench]
//                  [--existing-pg=<url>] [--existing-pglite=<data dir>] [--seconds=10]`
// (a) Each feed sort's query on N synthetic papers, with the plan it uses, on the embedded
//     database and, with --pg, on a PostgreSQL server (the database name must contain "bench":
//     it is wiped). --existing-* also times the queries on databases that already hold papers
//     (such as the million-paper databases `npm run bench:search` leaves behind), without loading.
// (b) The cached feed page `/` and `/api/papers` under load (autocannon, 50 connections), next to
//     a static file of the same bytes served by the same Next server and a bare node:http server
//     returning the same bytes, in the same run. Server on core 0, load generator on core 1.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import pg from "pg";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { startEmbeddedDb, type Database } from "../scripts/lib/embedded-db";
import { insertSyntheticPapers } from "./lib/synthetic-papers";
import { buildStaticReference, startStaticReference } from "./lib/static-reference";
import { onCore, runJson, runOrThrow, startProcess, waitForUrl } from "./lib/processes";
import { argValue } from "./lib/args";
import { writeResultsSection } from "./lib/results-file";
import { fmt } from "./lib/stats";

const arg = argValue;
const sizes = (arg("papers") ?? "100000").split(",").map(Number);
const pgUrl = arg("pg");
const duration = Number(arg("seconds") ?? 10);
const tsx = ["node_modules/.bin/tsx"];

type QueryResult = { sort: string; first: { p50: number; p99: number }; deep: { p50: number; p99: number }; scan: string };

async function prepare(target: "embedded" | "postgres", size: number): Promise<Database> {
  let database: Database;
  if (target === "embedded") {
    database = await startEmbeddedDb({ dataDir: "memory://", port: 0 });
  } else {
    if (!/bench/.test(new URL(pgUrl!).pathname)) throw new Error("--pg must name a database whose name contains 'bench' (it is wiped)");
    const client = new pg.Client(pgUrl);
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    await client.end();
    database = { url: pgUrl!, embedded: false, stop: async () => {} };
  }
  runOrThrow(tsx[0]!, ["scripts/db-migrate.ts"], { DATABASE_URL: database.url });
  const db = createPrismaClient(database.url, 1);
  const started = Date.now();
  await insertSyntheticPapers(db, size, (done) => process.stdout.write(`\r  ${target}: ${done.toLocaleString()} papers`));
  console.log(` in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await db.$disconnect();
  return database;
}

type Cannon = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };

function cannon(url: string): Cannon {
  const [cmd, args] = onCore(1, process.execPath, ["node_modules/autocannon/autocannon.js", "-j", "-c", "50", "-d", String(duration), url]);
  return runJson<Cannon>(cmd, args);
}

async function loadTest(databaseUrl: string) {
  const port = 3990;
  const distDir = ".next-bench";
  const env = { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, PORT: String(port) };
  console.log("  building the app…");
  runOrThrow(process.execPath, ["node_modules/next/dist/bin/next", "build"], { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });

  const base = `http://127.0.0.1:${port}`;
  const startNext = async () => {
    const [cmd, args] = onCore(0, process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)]);
    const server = startProcess(cmd, args, env);
    await waitForUrl(`${base}/api/papers?limit=1`, server);
    return server;
  };
  // First start: capture the bytes the feed and the API serve.
  let server = await startNext();
  const feedHtml = await (await fetch(`${base}/`)).text();
  const apiJson = await (await fetch(`${base}/api/papers`)).text();
  server.kill();
  await new Promise((r) => server.once("exit", r));
  // The same bytes as a static file: Next lists public/ when it starts, so write it first.
  mkdirSync("public/.bench", { recursive: true });
  writeFileSync("public/.bench/feed.html", feedHtml);
  server = await startNext();
  // A fully static Next page with the same 30 papers, prerendered by its own tiny app.
  buildStaticReference(apiJson);
  const staticServer = startStaticReference(3993);
  const bare = startProcess(...onCore(0, process.execPath, ["bench/lib/bare-server.mjs", "3991"]), {
    BODY_FILE: "public/.bench/feed.html",
  });
  const bareJson = startProcess(...onCore(0, process.execPath, ["bench/lib/bare-server.mjs", "3992"]), {
    BODY_TEXT: apiJson,
    CONTENT_TYPE: "application/json",
  });
  try {
    await waitForUrl("http://127.0.0.1:3993/", staticServer);
    const staticBytes = (await (await fetch("http://127.0.0.1:3993/")).text()).length;
    await waitForUrl("http://127.0.0.1:3991/", bare);
    await waitForUrl("http://127.0.0.1:3992/", bareJson);
    if (!(await fetch(`${base}/.bench/feed.html`)).ok) throw new Error("Next did not serve the static reference file");
    const rows: [string, number, Cannon][] = [];
    for (const [name, url, bytes] of [
      ["Next: cached feed page `/`", `${base}/`, feedHtml.length],
      ["Next: fully static page, same 30 papers (separate app)", "http://127.0.0.1:3993/", staticBytes],
      ["Next: public/ file, same bytes as `/`", `${base}/.bench/feed.html`, feedHtml.length],
      ["bare node:http, same bytes", "http://127.0.0.1:3991/", feedHtml.length],
      ["Next: `/api/papers` (30 papers, data cache)", `${base}/api/papers`, apiJson.length],
      ["bare node:http, same JSON", "http://127.0.0.1:3992/", apiJson.length],
    ] as const) {
      cannon(url); // warm-up run, discarded
      rows.push([name, bytes, cannon(url)]);
      console.log(`  ${name}: ${fmt(rows.at(-1)![2].requests.average, 0)} req/s`);
    }
    return rows;
  } finally {
    bare.kill();
    bareJson.kill();
    staticServer.kill();
    server.kill();
    rmSync("public/.bench", { recursive: true, force: true });
  }
}

function queryRow(target: "embedded" | "postgres", size: number, r: QueryResult) {
  const name = target === "embedded" ? "embedded PGlite" : "PostgreSQL 15";
  return `| ${name} | ${size.toLocaleString("en-US")} | ${r.sort} | ${fmt(r.first.p50)} | ${fmt(r.first.p99)} | ${fmt(r.deep.p50)} | ${fmt(r.deep.p99)} | \`${r.scan.replace(/\s+\(cost=.*$/, "")}\` |`;
}

const targets: ("embedded" | "postgres")[] = pgUrl ? ["embedded", "postgres"] : ["embedded"];
const queryRows: string[] = [];
let loadDb: Database | null = null;
for (const size of sizes) {
  for (const target of targets) {
    console.log(`${target}, ${size.toLocaleString()} papers`);
    const database = await prepare(target, size);
    const results = runJson<QueryResult[]>(tsx[0]!, ["--conditions=react-server", "bench/feed-queries.ts"], { DATABASE_URL: database.url });
    for (const r of results) queryRows.push(queryRow(target, size, r));
    if (target === "embedded" && size === sizes[0]) loadDb = database;
    else await database.stop();
  }
}

async function measureExisting(target: "embedded" | "postgres", database: Database) {
  const db = createPrismaClient(database.url, 1);
  const size = await db.paper.count();
  await db.$disconnect();
  console.log(`${target}, existing database with ${size.toLocaleString()} papers`);
  const results = runJson<QueryResult[]>(tsx[0]!, ["--conditions=react-server", "bench/feed-queries.ts"], { DATABASE_URL: database.url });
  for (const r of results) queryRows.push(queryRow(target, size, r));
}

if (arg("existing-pglite")) {
  const database = await startEmbeddedDb({ dataDir: arg("existing-pglite")!, port: 0 });
  await measureExisting("embedded", database);
  await database.stop();
}
if (arg("existing-pg")) await measureExisting("postgres", { url: arg("existing-pg")!, embedded: false, stop: async () => {} });

console.log("load test");
const load = await loadTest(loadDb!.url);
await loadDb!.stop();

const [feed, staticPage, publicFile, bareFeed, api, bareApi] = load.map((r) => r[2]);
const ratio = (a: Cannon, b: Cannon) => `${fmt((a.requests.average / b.requests.average) * 100, 0)}%`;
writeResultsSection(
  "Feed",
  `Run: \`npm run bench -- ${process.argv
    .slice(2)
    .map((a) => a.replace(/=.*(bench|\.work).*/, "=…"))
    .join(" ")}\` on ${new Date().toISOString().slice(0, 10)}.

### (a) Feed queries (milliseconds, 30 rows, measured through \`listPapers\`, the app's own function)

"Deep" is the page after ten pages of keyset cursors. Target: under 5 ms.

| database | papers | sort | first page p50 | p99 | deep page p50 | p99 | plan |
| --- | --- | --- | --- | --- | --- | --- | --- |
${queryRows.join("\n")}

### (b) Throughput under load (${sizes[0]!.toLocaleString("en-US")} papers on the embedded database; autocannon, 50 connections, ${duration} s; server on core 0, load on core 1)

| what | bytes | req/s | p50 ms | p99 ms | non-2xx |
| --- | --- | --- | --- | --- | --- |
${load.map(([name, bytes, c]) => `| ${name} | ${bytes.toLocaleString("en-US")} | ${fmt(c.requests.average, 0)} | ${c.latency.p50} | ${c.latency.p99} | ${c.non2xx + c.errors} |`).join("\n")}

Ratios: the cached feed serves **${ratio(feed!, staticPage!)}** of the fully static Next page's throughput (target ≥ 80%), ${ratio(feed!, publicFile!)} of Next serving the same bytes as a plain file, and ${ratio(feed!, bareFeed!)} of a bare node:http server's; \`/api/papers\` serves ${ratio(api!, bareApi!)} of bare node:http returning the same JSON.`,
);
console.log("wrote bench/RESULTS.md");
process.exit(0);
