import "server-only";
import { unstable_cache } from "next/cache";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { listPapers } from "@/lib/papers/list-papers";

export const FEED_PAGE_SIZE = 30;

/** A page of the public feed from Next's data cache; votes and imports revalidate PAPERS_TAG. */
export const getFeedPage = unstable_cache(
  (sort: Parameters<typeof listPapers>[0]["sort"], cursor: string | null, category: string | null = null, hasCode = false) =>
    listPapers({ sort, limit: FEED_PAGE_SIZE, cursor, filter: { category, hasCode } }),
  ["feed-page"],
  { tags: [PAPERS_TAG], revalidate: 3600 },
);
