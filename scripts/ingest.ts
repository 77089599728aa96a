// `npm run ingest [-- --from YYYY-MM-DD --to YYYY-MM-DD] [-- --source hf|arxiv]`: runs ingestion
// once, now, for the enabled sources (INGEST_SOURCES, INGEST_ARXIV_CATEGORIES) into the database
// (DATABASE_URL, or the embedded one). One line per source and day, then a summary; exit code 1
// when any day failed.
import { parseArgs } from "node:util";
import { ImportError } from "@/lib/import/import-error";
import { enabledIngestSources, ingestArxivCategories, INGEST_SOURCES, type IngestSourceName } from "@/lib/ingest/enabled-sources";
import { ingestSource, type IngestRun } from "@/lib/ingest/ingest-source";
import { exitWith, withDatabase } from "./lib/cli";
import { refreshAppPages } from "./lib/refresh-app-pages";

const USAGE = `Usage: npm run ingest [-- --from YYYY-MM-DD] [--to YYYY-MM-DD] [--source hf|arxiv]
  without --from/--to: every day since the source's last successful run (at least the last 3)
  --from/--to: those days (UTC), e.g. to backfill
  --source: only that source (otherwise those INGEST_SOURCES enables)`;

/** A bar on a terminal, redrawn in place; a plain percentage line when stderr is a file or pipe. */
function progressReporter(stream: NodeJS.WriteStream) {
  let shown = false;
  return {
    update(label: string, done: number, total: number) {
      const percent = Math.round((done / total) * 100);
      if (!stream.isTTY) {
        stream.write(`${label}: ${percent}% (${done}/${total} days)\n`);
        return;
      }
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total} days`);
      shown = true;
    },
    /** Clears the bar so a line can be printed; the next update draws it again. */
    clear() {
      if (shown && stream.isTTY) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}

function summary(run: IngestRun): string {
  const sum = (key: "created" | "updated" | "unchanged") => run.days.reduce((n, d) => n + d[key], 0);
  const failed = run.days.filter((d) => d.failed !== undefined).length;
  return `${run.source}: ${run.days.length} day${run.days.length === 1 ? "" : "s"}, ${sum("created")} new, ${sum("updated")} updated, ${sum("unchanged")} unchanged, ${failed} failed`;
}

async function main(): Promise<number> {
  let values: { from?: string; to?: string; source?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { from: { type: "string" }, to: { type: "string" }, source: { type: "string" }, help: { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.source !== undefined && !INGEST_SOURCES.includes(values.source as IngestSourceName)) {
    console.error(`--source must be hf or arxiv, not "${values.source}"\n${USAGE}`);
    return 2;
  }
  let sources: IngestSourceName[] = values.source ? [values.source as IngestSourceName] : enabledIngestSources();
  if (sources.length === 0) {
    console.log("Ingestion is off (INGEST_SOURCES=none): nothing to do.");
    return 0;
  }
  if (ingestArxivCategories().length === 0 && sources.includes("arxiv")) {
    if (values.source === "arxiv") {
      console.error("arXiv ingestion needs categories: set INGEST_ARXIV_CATEGORIES, e.g. cs.LG,cs.CL.");
      return 1;
    }
    console.log("arxiv: skipped, no categories in INGEST_ARXIV_CATEGORIES.");
    sources = sources.filter((s) => s !== "arxiv");
  }

  const backfill = values.from !== undefined || values.to !== undefined;
  const progress = progressReporter(process.stderr);
  return withDatabase(async (db) => {
    try {
      const runs: IngestRun[] = [];
      for (const source of sources) {
        runs.push(
          await ingestSource(db, source, {
            from: values.from,
            to: values.to,
            log: (line) => {
              progress.clear();
              console.log(line);
            },
            onProgress: backfill ? (done, total) => progress.update(source, done, total) : undefined,
          }),
        );
        progress.clear();
      }
      const failed = runs.flatMap((run) => run.days).filter((day) => day.failed !== undefined).length;
      for (const run of runs) console.log(summary(run));
      if (runs.some((run) => run.changed)) console.log(await refreshAppPages());
      console.log(
        failed > 0
          ? `${failed} day${failed === 1 ? "" : "s"} failed (nothing written for ${failed === 1 ? "it" : "them"}); run again to retry.`
          : "Done.",
      );
      return failed > 0 ? 1 : 0;
    } catch (error) {
      progress.clear();
      if (!(error instanceof ImportError)) throw error;
      console.error(`Ingestion failed: ${error.message}`);
      return 1;
    }
  });
}

exitWith(main());
