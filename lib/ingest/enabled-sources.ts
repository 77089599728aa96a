import { env } from "@/lib/env.js";

export const INGEST_SOURCES = ["hf", "arxiv"] as const;
export type IngestSourceName = (typeof INGEST_SOURCES)[number];

/** The sources INGEST_SOURCES turns on ("none": none), in a fixed order. */
export function enabledIngestSources(setting = env.INGEST_SOURCES): IngestSourceName[] {
  if (setting.trim() === "none") return [];
  const named = new Set(setting.split(",").map((s) => s.trim()));
  return INGEST_SOURCES.filter((source) => named.has(source));
}

/** INGEST_ARXIV_CATEGORIES as a list; empty means arXiv ingests nothing. */
export function ingestArxivCategories(setting = env.INGEST_ARXIV_CATEGORIES): string[] {
  return [
    ...new Set(
      setting
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
}
