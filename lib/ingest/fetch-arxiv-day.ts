import { fetchText, type FetchTextOptions } from "@/lib/import/fetch-text";
import { ImportError } from "@/lib/import/import-error";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { parseArxivFeedPage } from "@/lib/import/parse-arxiv-feed";
import type { RequestPacer } from "@/lib/ingest/request-pacer";

/**
 * The most entries one day of the configured categories may have. All of arXiv gets about 1,000
 * new submissions a weekday (cs.LG alone, a few hundred): a day past this is a wrong query or a
 * broken answer, and is refused instead of being paged through for an hour.
 */
export const MAX_ARXIV_DAY_ENTRIES = 10_000;

export type FetchArxivDayOptions = Omit<FetchTextOptions, "source" | "accept"> & {
  baseUrl: string;
  pacer: RequestPacer;
  /** Entries per request; the API serves up to 2,000, smaller pages answer faster. */
  pageSize?: number;
  maxEntries?: number;
};

/** arXiv's query for a day's new submissions in any of the categories (UTC, as arXiv's dates are). */
export function arxivDayQuery(day: string, categories: string[]): string {
  const compact = day.replaceAll("-", "");
  const cats = categories.map((c) => `cat:${c}`);
  const anyCategory = cats.length === 1 ? cats[0] : `(${cats.join(" OR ")})`;
  return `${anyCategory} AND submittedDate:[${compact}0000 TO ${compact}2359]`;
}

/**
 * Every new submission of a day in the categories, through the arXiv API's search, page by
 * page (each request, and each retry, waits for the pacer). Throws an ImportError for any page that fails, so a
 * day is written whole or not at all.
 */
export async function fetchArxivDay(day: string, categories: string[], options: FetchArxivDayOptions): Promise<ImportedPaper[]> {
  const { baseUrl, pacer, pageSize = 500, maxEntries = MAX_ARXIV_DAY_ENTRIES, ...fetchOptions } = options;
  if (categories.length === 0) throw new ImportError("no arXiv categories to ingest (set INGEST_ARXIV_CATEGORIES, e.g. cs.LG,cs.CL)");
  const papers = new Map<string, ImportedPaper>();
  for (let start = 0; ;) {
    const url = new URL(baseUrl);
    url.searchParams.set("search_query", arxivDayQuery(day, categories));
    url.searchParams.set("sortBy", "submittedDate");
    url.searchParams.set("sortOrder", "ascending");
    url.searchParams.set("start", String(start));
    url.searchParams.set("max_results", String(pageSize));
    const xml = await fetchText(url.toString(), { ...fetchOptions, pacer, source: "the arXiv API", accept: "application/atom+xml" });
    const page = parseArxivFeedPage(xml);
    if (page.totalResults > maxEntries) {
      throw new ImportError(
        `the arXiv API lists ${page.totalResults} entries for the day, more than the ${maxEntries} a day can have: refused`,
      );
    }
    // An entry announced while paging can shift another onto the next page twice: the id keeps one.
    for (const paper of page.papers) papers.set(paper.arxivId, paper);
    start += page.entryCount;
    if (start >= page.totalResults) break;
    if (page.entryCount === 0) {
      throw new ImportError(`the arXiv API sent an empty page at entry ${start} of ${page.totalResults}; try again later`);
    }
  }
  return [...papers.values()];
}
