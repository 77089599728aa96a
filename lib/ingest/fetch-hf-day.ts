import { fetchText, type FetchTextOptions } from "@/lib/import/fetch-text";
import { ImportError } from "@/lib/import/import-error";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { MAX_HF_LISTING_ITEMS, parseHfDailyPapers } from "@/lib/import/parse-hf-daily-papers";

/** A Daily Papers day is a few hundred kilobytes; a body past this is not one. */
export const MAX_HF_LISTING_BYTES = 20 * 1024 * 1024;
// The API's largest page (its default is 50, which a busy day passes).
const PAGE_SIZE = 100;

/**
 * A day of Hugging Face's Daily Papers, every page of it (`limit`, `p`). Paging stops at a short
 * page, or at a page that brings nothing new (an API that ignores the paging parameters answers
 * the whole day each time). More than MAX_HF_LISTING_ITEMS papers is refused, as is a response
 * over MAX_HF_LISTING_BYTES.
 */
export async function fetchHfDay(
  day: string,
  options: Omit<FetchTextOptions, "source" | "accept"> & { apiUrl: string },
): Promise<ImportedPaper[]> {
  const { apiUrl, ...fetchOptions } = options;
  const papers = new Map<string, ImportedPaper>();
  for (let page = 0; ; page++) {
    const url = `${apiUrl.replace(/\/$/, "")}/daily_papers?date=${day}&limit=${PAGE_SIZE}&p=${page}`;
    const json = await fetchText(url, {
      maxBytes: MAX_HF_LISTING_BYTES,
      ...fetchOptions,
      source: "Hugging Face",
      accept: "application/json",
    });
    const items = parseHfDailyPapers(json, "the Hugging Face listing", { maxItems: MAX_HF_LISTING_ITEMS });
    const fresh = items.filter((paper) => !papers.has(paper.arxivId));
    for (const paper of items) papers.set(paper.arxivId, paper);
    if (papers.size > MAX_HF_LISTING_ITEMS) {
      throw new ImportError(
        `the Hugging Face listing has more than ${MAX_HF_LISTING_ITEMS} items, more than a day's listing can: refused as not a Daily Papers listing`,
      );
    }
    if (items.length < PAGE_SIZE || fresh.length === 0) break;
  }
  return [...papers.values()];
}
