import { env } from "@/lib/env.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ImportError } from "@/lib/import/import-error";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { saveImportedPapers } from "@/lib/import/save-imported-papers";
import { ingestArxivCategories, type IngestSourceName } from "@/lib/ingest/enabled-sources";
import { fetchArxivDay } from "@/lib/ingest/fetch-arxiv-day";
import { fetchHfDay } from "@/lib/ingest/fetch-hf-day";
import { ingestDays, utcDay } from "@/lib/ingest/ingest-days";
import { createRequestPacer } from "@/lib/ingest/request-pacer";

/** A page of 500 arXiv entries is about 1.5 MB. */
const MAX_ARXIV_PAGE_BYTES = 50 * 1024 * 1024;

export type IngestDay = { day: string; created: number; updated: number; unchanged: number; failed?: string };
export type IngestRun = { source: IngestSourceName; days: IngestDay[]; changed: boolean };

export type IngestOptions = {
  /** A range to (re)ingest, "YYYY-MM-DD"; without it, the days since the last success (see ingestDays). */
  from?: string;
  to?: string;
  now?: Date;
  /** arXiv categories; INGEST_ARXIV_CATEGORIES by default. */
  categories?: string[];
  /** One line per day: what it did, or why it failed. */
  log?: (line: string) => void;
  /** Days done of the run's total, after each day. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the run between requests and days: the run then rejects with the signal's reason. */
  signal?: AbortSignal;
  hfApiUrl?: string;
  arxivApiUrl?: string;
  /** Per request. */
  timeoutMs?: number;
  /**
   * In-call retries of a request (429, 502-504, network errors). Few, because a failed day fails
   * the job and the job queue retries it with its own, longer backoff.
   */
  retries?: number;
  baseDelayMs?: number;
  /** A Retry-After longer than this fails the day at once, for the queue to retry later. */
  maxRetryAfterMs?: number;
  /** Between arXiv API requests: 3 s, as arXiv asks; tests and benchmarks on a local server use 0. */
  arxivIntervalMs?: number;
  arxivPageSize?: number;
  /** Days always read again, see ingestDays. */
  minDays?: number;
};

const NAMES: Record<IngestSourceName, string> = { hf: "Hugging Face", arxiv: "arXiv" };

function describeError(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message.split("\n").join(" ").slice(0, 500)}` : String(error);
}

/**
 * Ingests one source's days into the database: each day fetched whole, then written in its own
 * transaction (all of that day or nothing). A failed day logs one line and the other days go on;
 * IngestState.lastSuccessAt moves only when every day of a run that covers the usual days
 * succeeded, so the next run starts again from the last good day. Running it again changes
 * nothing ("unchanged"), and two runs at once give the same rows as one (the save is serialized).
 */
export async function ingestSource(db: PrismaClient, source: IngestSourceName, options: IngestOptions = {}): Promise<IngestRun> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((line: string) => console.log(line));
  const fetchOptions = {
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 1,
    baseDelayMs: options.baseDelayMs ?? 1000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 10_000,
    signal: options.signal,
  };
  const categories = options.categories ?? ingestArxivCategories();
  if (source === "arxiv" && categories.length === 0) {
    throw new ImportError("no arXiv categories to ingest (set INGEST_ARXIV_CATEGORIES, e.g. cs.LG,cs.CL)");
  }

  const state = await db.ingestState.findUnique({ where: { source } });
  const explicit = options.from !== undefined || options.to !== undefined;
  const days = ingestDays({ now, lastSuccessAt: state?.lastSuccessAt, from: options.from, to: options.to, minDays: options.minDays });
  const usual = ingestDays({ now, lastSuccessAt: state?.lastSuccessAt, minDays: options.minDays });
  // A backfill that happens to cover every usual day counts as a run; an older range does not.
  const coversUsual = !explicit || (days[0]! <= usual[0]! && days.at(-1) === utcDay(now));

  const pacer = createRequestPacer(options.arxivIntervalMs ?? 3000);
  const fetchDay = async (day: string): Promise<ImportedPaper[]> => {
    if (source === "hf") return fetchHfDay(day, { ...fetchOptions, apiUrl: options.hfApiUrl ?? env.HF_API_URL });
    return fetchArxivDay(day, categories, {
      ...fetchOptions,
      baseUrl: options.arxivApiUrl ?? env.ARXIV_API_URL,
      pacer,
      pageSize: options.arxivPageSize,
      maxBytes: MAX_ARXIV_PAGE_BYTES,
    });
  };

  const results: IngestDay[] = [];
  for (const day of days) {
    options.signal?.throwIfAborted();
    try {
      const saved = await saveImportedPapers(db, await fetchDay(day));
      const count = (status: string) => saved.filter((p) => p.status === status).length;
      const result = { day, created: count("created"), updated: count("updated"), unchanged: count("unchanged") };
      results.push(result);
      log(`ingest ${source} ${day}: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged`);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      const reason = describeError(error);
      results.push({ day, created: 0, updated: 0, unchanged: 0, failed: reason });
      log(`ingest ${source} ${day} failed, nothing written for that day (${NAMES[source]}): ${reason}`);
    }
    options.onProgress?.(results.length, days.length);
  }

  if (coversUsual && results.every((day) => day.failed === undefined)) {
    // GREATEST: a slower run that started earlier never moves the mark back.
    await db.$executeRaw`
      INSERT INTO "IngestState" ("source", "lastSuccessAt", "updatedAt") VALUES (${source}, ${now}, now())
      ON CONFLICT ("source") DO UPDATE SET "lastSuccessAt" = GREATEST("IngestState"."lastSuccessAt", EXCLUDED."lastSuccessAt"), "updatedAt" = now()`;
  }
  return { source, days: results, changed: results.some((day) => day.created > 0 || day.updated > 0) };
}
