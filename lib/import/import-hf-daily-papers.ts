import { readFile } from "node:fs/promises";
import { env } from "@/lib/env.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fetchText, type FetchTextOptions } from "@/lib/import/fetch-text";
import { ImportError } from "@/lib/import/import-error";
import { parseHfDailyPapers } from "@/lib/import/parse-hf-daily-papers";
import { saveImportedPapers, type SavedPaper } from "@/lib/import/save-imported-papers";

/** Where a listing comes from: an http(s) URL, a day (YYYY-MM-DD, from HF_API_URL) or a file. */
export function hfListingLocation(source: string, apiUrl = env.HF_API_URL): { kind: "url" | "file"; location: string } {
  if (/^https?:\/\//i.test(source)) return { kind: "url", location: source };
  if (/^\d{4}-\d{2}-\d{2}$/.test(source)) {
    return { kind: "url", location: `${apiUrl.replace(/\/$/, "")}/daily_papers?date=${source}` };
  }
  return { kind: "file", location: source };
}

/** Imports a Hugging Face Daily Papers listing in one transaction; importing it again changes nothing new. */
export async function importHfDailyPapers(
  db: PrismaClient,
  source: string,
  options: Partial<Omit<FetchTextOptions, "source">> & { apiUrl?: string } = {},
): Promise<SavedPaper[]> {
  const { apiUrl, ...fetchOptions } = options;
  const { kind, location } = hfListingLocation(source, apiUrl);
  let json: string;
  if (kind === "url") {
    json = await fetchText(location, { ...fetchOptions, source: "Hugging Face", accept: "application/json" });
  } else {
    try {
      json = await readFile(location, "utf8");
    } catch (error) {
      throw new ImportError(`cannot read ${location}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return saveImportedPapers(db, parseHfDailyPapers(json, kind === "url" ? "the Hugging Face listing" : location));
}
