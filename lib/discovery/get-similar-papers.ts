import "server-only";
import { unstable_cache } from "next/cache";
import type { SimilarPaper } from "@/lib/api/discovery-schemas";
import { PAPERS_TAG, SIMILAR_PAPERS_TAG } from "@/lib/cache/cache-tags";
import { getDb } from "@/lib/db";
import { findSimilarPapers } from "@/lib/discovery/find-similar-papers";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

/** How many a paper page shows. */
export const SIMILAR_PAPERS_ON_PAGE = 10;

/**
 * For the API, per request, on a replica; a miss is confirmed on the primary before it becomes a
 * 404 (the paper may have been imported a moment ago), as getPaperById does.
 */
export async function getSimilarPapers(paperId: string, limit: number): Promise<SimilarPaper[] | null> {
  return (await readFromReplica("recent", (db) => findSimilarPapers(db, paperId, limit))) ?? findSimilarPapers(getDb(), paperId, limit);
}

/** For the paper page, from the data cache: the job's writes revalidate SIMILAR_PAPERS_TAG, papers' edits PAPERS_TAG. */
export const getSimilarPapersForPage = unstable_cache(
  async (paperId: string) => (await readFromReplica("fresh", (db) => findSimilarPapers(db, paperId, SIMILAR_PAPERS_ON_PAGE))) ?? [],
  ["similar-papers"],
  { tags: [SIMILAR_PAPERS_TAG, PAPERS_TAG], revalidate: 3600 },
);
