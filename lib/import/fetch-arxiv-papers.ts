import { fetchText, type FetchTextOptions } from "@/lib/import/fetch-text";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { parseArxivFeed } from "@/lib/import/parse-arxiv-feed";

export type FetchArxivOptions = Partial<Omit<FetchTextOptions, "source">> & {
  baseUrl: string;
  /** Ids per request; the API answers at most a few hundred comfortably. */
  batchSize?: number;
  /** arXiv asks clients to wait 3 s between requests. */
  pauseMs?: number;
};

/** Metadata of versionless arXiv ids from the arXiv API; `missing` lists the ids it did not return. */
export async function fetchArxivPapers(ids: string[], options: FetchArxivOptions): Promise<{ papers: ImportedPaper[]; missing: string[] }> {
  const { baseUrl, batchSize = 50, pauseMs = 3000, ...fetchOptions } = options;
  const unique = [...new Set(ids)];
  const papers: ImportedPaper[] = [];
  for (let start = 0; start < unique.length; start += batchSize) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const batch = unique.slice(start, start + batchSize);
    const url = new URL(baseUrl);
    url.searchParams.set("id_list", batch.join(","));
    url.searchParams.set("max_results", String(batch.length));
    const xml = await fetchText(url.toString(), { ...fetchOptions, source: "the arXiv API", accept: "application/atom+xml" });
    papers.push(...parseArxivFeed(xml).filter((paper) => batch.includes(paper.arxivId)));
  }
  const found = new Set(papers.map((p) => p.arxivId));
  return { papers, missing: unique.filter((id) => !found.has(id)) };
}
