// `npm run bench:search [-- --papers=1000000] [--embedded-papers=N] [--pg=postgresql://user:pw@host:5432/postgres] [--runs=20] [--reload] [--load-only]`
// Search latency at scale: N synthetic papers with a Zipf vocabulary (bench/lib/search-corpus.ts),
// over 20 queries in three classes (rare, medium, very common: over 5% of papers), each in every
// sort, timed through the app's own searchPapers(). On the embedded database (PGlite, its own
// data directory under bench/.work/) and, with --pg, on a PostgreSQL server, in a database of its
// own that the benchmark creates (papershelf_search_bench_<N>). Loaded databases are kept and
// reused by the next run (--reload loads again; --load-only stops there). Results go to the
// "Search" section of bench/RESULTS.md. --embedded-papers=0 skips the embedded database.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { startEmbeddedDb, type Database } from "../scripts/lib/embedded-db";
import { runJson, runOrThrow } from "./lib/processes";
import { argValue } from "./lib/args";
import { writeResultsSection } from "./lib/results-file";
import { insertSearchCorpus, VOCABULARY_SIZE } from "./lib/search-corpus";
import { fmt, percentile } from "./lib/stats";
import type { QueryClass, QueryTiming } from "./search-queries";

const arg = argValue;
const papers = Number(arg("papers") ?? 1_000_000);
const embeddedPapers = Number(arg("embedded-papers") ?? papers);
const pgUrl = arg("pg");
const runs = arg("runs") ?? "20";
const reload = process.argv.includes("--reload");
const loadOnly = process.argv.includes("--load-only");
const tsx = "node_modules/.bin/tsx";

type Target = { name: string; papers: number; database: Database; loadSeconds: number | null; sizes: string };

async function paperCount(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Paper"`)).rows[0]!.n;
  } catch {
    return null; // not migrated yet
  } finally {
    await client.end();
  }
}

async function sizes(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; size: string }>(
      `SELECT c.relname AS name, pg_size_pretty(pg_total_relation_size(c.oid)) AS size FROM pg_class c
       WHERE c.relname IN ('Paper', 'Paper_search_idx', 'Paper_title_idx', 'SearchWord') ORDER BY c.relname`,
    );
    const words = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SearchWord"`)).rows[0]!.n;
    return `${rows.map((r) => `${r.name} ${r.size}`).join(", ")}; ${words.toLocaleString("en-US")} distinct title and author words`;
  } finally {
    await client.end();
  }
}

/** Migrates and loads `count` papers unless the database already holds exactly that many. */
async function load(url: string, count: number, label: string): Promise<number | null> {
  if (!reload && (await paperCount(url)) === count) {
    console.log(`  ${label}: reusing the ${count.toLocaleString("en-US")} papers already loaded`);
    return null;
  }
  runOrThrow(tsx, ["scripts/db-migrate.ts"], { DATABASE_URL: url });
  const db = createPrismaClient(url, 1);
  const started = Date.now();
  try {
    await db.$executeRaw`TRUNCATE "Paper", "SearchWord" CASCADE`;
    await insertSearchCorpus(db, count, (done) =>
      process.stdout.write(`\r  ${label}: ${done.toLocaleString("en-US")} papers, ${((Date.now() - started) / 1000).toFixed(0)} s`),
    );
  } finally {
    await db.$disconnect();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n  ${label}: loaded and indexed in ${seconds.toFixed(0)} s`);
  return seconds;
}

async function embedded(count: number): Promise<Target> {
  const dataDir = `bench/.work/search-pglite-${count}`;
  if (reload) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync("bench/.work", { recursive: true });
  const fresh = !existsSync(dataDir);
  const database = await startEmbeddedDb({ dataDir, port: 0 });
  const loadSeconds = await load(database.url, count, `embedded PGlite (${fresh ? "new" : "existing"} ${dataDir})`);
  return { name: "embedded PGlite (PostgreSQL 18, WASM)", papers: count, database, loadSeconds, sizes: await sizes(database.url) };
}

async function server(adminUrl: string, count: number): Promise<Target> {
  const name = `papershelf_search_bench_${count}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (reload) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const version = await (async () => {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const v = (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    await c.end();
    return v.split(" ")[0];
  })();
  const loadSeconds = await load(url.toString(), count, `PostgreSQL ${version} (${name})`);
  const database = { url: url.toString(), embedded: false, stop: async () => {} };
  return { name: `PostgreSQL ${version} server`, papers: count, database, loadSeconds, sizes: await sizes(database.url) };
}

type Measured = { target: Target; results: QueryTiming[]; load: string };
const measured: Measured[] = [];
const targets: (() => Promise<Target>)[] = [];
if (embeddedPapers > 0) targets.push(() => embedded(embeddedPapers));
if (pgUrl) targets.push(() => server(pgUrl, papers));
for (const prepare of targets) {
  const target = await prepare();
  if (loadOnly) {
    await target.database.stop();
    continue;
  }
  console.log(`  timing ${target.name}, ${target.papers.toLocaleString("en-US")} papers`);
  const loadBefore = loadavg()[0]!;
  try {
    const { results } = runJson<{ papers: number; results: QueryTiming[] }>(tsx, ["--conditions=react-server", "bench/search-queries.ts"], {
      DATABASE_URL: target.database.url,
      BENCH_RUNS: runs,
      DATABASE_POOL_SIZE: "2",
    });
    measured.push({ target, results, load: `${fmt(loadBefore, 1)} before, ${fmt(loadavg()[0]!, 1)} after` });
  } finally {
    await target.database.stop();
  }
}

if (loadOnly) process.exit(0);

const CLASSES: QueryClass[] = ["rare", "medium", "common", "misspelled"];
const classLabel: Record<QueryClass, string> = {
  rare: "rare (< 0.05% of papers)",
  medium: "medium (0.05–2%)",
  common: "very common (> 5%)",
  misspelled: "misspelled (no match as typed)",
};
const pct = (x: number) => `${(x * 100).toFixed(x < 0.001 ? 4 : x < 0.01 ? 3 : 1)}%`;

const summary: string[] = [];
const detail: string[] = [];
for (const { target, results } of measured) {
  for (const cls of CLASSES) {
    for (const sort of ["relevance", "new", "top"] as const) {
      const rows = results.filter((r) => r.cls === cls && r.sort === sort);
      if (rows.length === 0) continue;
      const times = rows.flatMap((r) => r.times).sort((a, b) => a - b);
      summary.push(
        `| ${target.name} | ${target.papers.toLocaleString("en-US")} | ${classLabel[cls]} | ${sort} | ${rows.length} | ${fmt(percentile(times, 50), 1)} | ${fmt(percentile(times, 99), 1)} | ${fmt(times.at(-1)!, 1)} |`,
      );
    }
  }
  for (const cls of CLASSES) {
    for (const q of [...new Set(results.filter((r) => r.cls === cls).map((r) => r.q))]) {
      const rows = results.filter((r) => r.q === q && r.cls === cls);
      const med = (sort: string) => {
        const r = rows.find((x) => x.sort === sort)!;
        return fmt(
          percentile(
            [...r.times].sort((a, b) => a - b),
            50,
          ),
          1,
        );
      };
      const rel = rows.find((r) => r.sort === "relevance")!;
      const how = rel.fallback ?? (rel.approximate ? "ranked among most trending" : "all matches ranked");
      detail.push(
        `| ${target.name.split(" ")[0]} | ${cls} | \`${q}\` | ${pct(rows[0]!.matches)} | ${med("relevance")} | ${med("new")} | ${med("top")} | ${how} |`,
      );
    }
  }
}

const sizeLines = measured.map(
  ({ target, load }) =>
    `- ${target.name}, ${target.papers.toLocaleString("en-US")} papers: ${target.sizes}; ${target.loadSeconds === null ? "loaded by an earlier run" : `loaded and indexed in ${fmt(target.loadSeconds, 0)} s`}. Machine load average while timing: ${load}.`,
);
writeResultsSection(
  "Search",
  `Run: \`npm run bench:search -- --papers=${papers}${embeddedPapers !== papers ? ` --embedded-papers=${embeddedPapers}` : ""}${pgUrl ? " --pg=…" : ""} --runs=${runs}\` on ${new Date().toISOString().slice(0, 10)}.

Synthetic papers: titles of 5 to 12 words, abstracts of 120 to 199 words and 1 to 6 authors, drawn from a
${VOCABULARY_SIZE.toLocaleString("en-US")}-word vocabulary with Zipf-distributed frequencies (the 200 most common are real English and ML
words, the long tail made-up words), listed over five years, votes with a long tail.
${sizeLines.join("\n")}

Each query runs in each sort ${runs} times after a warm-up, through \`searchPapers()\` (every query it
makes, highlights of the 20 results included), one at a time. Milliseconds; p99 is over all queries
of the class (queries × runs samples). Target on PostgreSQL: p99 under 50 ms in every class.

| database | papers | class | sort | queries | p50 | p99 | max |
| --- | --- | --- | --- | --- | --- | --- | --- |
${summary.join("\n")}

Per query: share of papers matching (measured), median milliseconds per sort, and how relevance ranked.

| database | class | query | matches | relevance | new | top | relevance ranking |
| --- | --- | --- | --- | --- | --- | --- | --- |
${detail.join("\n")}`,
);
console.log("wrote bench/RESULTS.md");
process.exit(0);
