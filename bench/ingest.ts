// `npm run bench:ingest [-- --pg=postgresql://…/bench_ingest] [--runs=3] [--papers=2000]`
// Ingestion throughput, on the embedded database (PGlite, on disk in a temporary directory) and,
// with --pg, on a PostgreSQL server (the database name must contain "bench": it is wiped):
// (a) saveImportedPapers of one arXiv day of N papers in one transaction: all new, the same again
//     (all unchanged: compared, nothing written), and a newer version of each (all updated);
// (b) a day of N arXiv entries end to end, ingestSource against the local replay server
//     (tests/fake-upstream.ts): paging (500 a page), parsing, saving. The politeness interval is 0
//     for the measurement; against arXiv itself each page waits 3 s (4 pages: 9 s of waiting).
// Median of --runs runs, each on an empty Paper table.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/create-prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseArxivFeed } from "@/lib/import/parse-arxiv-feed";
import { saveImportedPapers } from "@/lib/import/save-imported-papers";
import { ingestSource } from "@/lib/ingest/ingest-source";
import { startFakeUpstream } from "@/tests/fake-upstream";
import { generateArxivDay } from "@/tests/fixtures/arxiv/generate-day";
import { startEmbeddedDb, type Database } from "../scripts/lib/embedded-db";
import { argValue } from "./lib/args";
import { runOrThrow } from "./lib/processes";
import { describeCommit, writeResultsSection } from "./lib/results-file";

const pgUrl = argValue("pg");
const runs = Number(argValue("runs") ?? 3);
const count = Number(argValue("papers") ?? 2000);
const DAY = "2024-05-21";

const feed = (entries: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">${entries.join("")}</feed>`;
const entries = generateArxivDay(DAY, count);
const papers = parseArxivFeed(feed(entries));
// The same papers, a version later, with revised abstracts.
const revised = parseArxivFeed(
  feed(
    entries.map((entry) =>
      entry.replace(/v1</g, "v2<").replace(/v1"/g, 'v2"').replace("<summary>  Synthetic", "<summary>  Revised synthetic"),
    ),
  ),
);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function empty(db: PrismaClient) {
  await db.$executeRaw`TRUNCATE "Paper", "SearchWord", "IngestState" CASCADE`;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
}

type Row = { what: string; seconds: number };

async function measure(target: string, database: Database): Promise<Row[]> {
  runOrThrow("node_modules/.bin/tsx", ["scripts/db-migrate.ts"], { DATABASE_URL: database.url });
  const db = createPrismaClient(database.url, 2);
  const upstream = await startFakeUpstream();
  upstream.setArxivDay(DAY, entries);
  const samples: Record<string, number[]> = { created: [], unchanged: [], updated: [], endToEnd: [] };
  try {
    for (let run = 0; run < runs; run++) {
      await empty(db);
      samples.created!.push(await time(() => saveImportedPapers(db, papers)));
      samples.unchanged!.push(await time(() => saveImportedPapers(db, papers)));
      samples.updated!.push(await time(() => saveImportedPapers(db, revised)));
      await empty(db);
      const seconds = await time(async () => {
        const result = await ingestSource(db, "arxiv", {
          from: DAY,
          to: DAY,
          categories: ["cs.LG"],
          arxivApiUrl: upstream.arxivApiUrl,
          arxivIntervalMs: 0,
          arxivPageSize: 500,
          log: () => {},
        });
        if (result.days[0]?.created !== count) throw new Error(`expected ${count} new papers, got ${JSON.stringify(result.days)}`);
      });
      samples.endToEnd!.push(seconds);
      console.log(
        `  ${target} run ${run + 1}: ${Object.entries(samples)
          .map(([k, v]) => `${k} ${v.at(-1)!.toFixed(2)} s`)
          .join(", ")}`,
      );
    }
  } finally {
    await empty(db);
    await db.$disconnect();
    await upstream.close();
  }
  return [
    { what: `save ${count} new papers (one day, one transaction)`, seconds: median(samples.created!) },
    { what: `save the same ${count} again (all unchanged, nothing written)`, seconds: median(samples.unchanged!) },
    { what: `save a newer version of each (all updated)`, seconds: median(samples.updated!) },
    { what: `an arXiv day of ${count} entries end to end (4 pages, replay server, interval 0)`, seconds: median(samples.endToEnd!) },
  ];
}

async function main() {
  const results: { target: string; rows: Row[] }[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  console.log("embedded database (PGlite, on disk):");
  const embedded = await startEmbeddedDb({ dataDir, port: 0 });
  try {
    results.push({ target: "embedded (PGlite)", rows: await measure("embedded", embedded) });
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (pgUrl) {
    if (!/bench/.test(new URL(pgUrl).pathname)) throw new Error("--pg must name a database whose name contains 'bench' (it is wiped)");
    const client = new pg.Client(pgUrl);
    await client.connect();
    const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    await client.end();
    console.log(`PostgreSQL ${version}:`);
    results.push({
      target: `PostgreSQL ${version.split(" ")[0]}`,
      rows: await measure("postgres", { url: pgUrl, embedded: false, stop: async () => {} }),
    });
  }

  const header = `| | ${results.map((r) => r.target).join(" | ")} |\n|---|${results.map(() => "---:|").join("")}`;
  const lines = results[0]!.rows.map(
    (row, i) =>
      `| ${row.what} | ${results.map((r) => `${r.rows[i]!.seconds.toFixed(2)} s (${Math.round(count / r.rows[i]!.seconds).toLocaleString("en")} papers/s)`).join(" | ")} |`,
  );
  writeResultsSection(
    "Ingestion (npm run bench:ingest)",
    `Commit ${describeCommit()}, ${new Date().toISOString().slice(0, 10)}. One arXiv day of ${count.toLocaleString("en")} papers (generated from the
recorded entry format, tests/fixtures/arxiv/generate-day.ts), median of ${runs} runs, each on an empty
table. The end-to-end row runs ingestSource against the local replay server (tests/fake-upstream.ts),
500 entries a page, with the politeness interval set to 0 for the measurement: against arXiv itself
the 3 s between requests adds 9 s to such a day, far more than the work measured here.

${header}
${lines.join("\n")}`,
  );
  console.log("written to bench/RESULTS.md");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
