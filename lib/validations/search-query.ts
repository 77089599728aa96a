import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search/build-search-query";
import { SEARCH_SORTS } from "@/lib/search/search-sort";
import { cursorParam, limitParam } from "@/lib/validations/page-query";
import { hasCodeParam } from "@/lib/validations/papers-query";

/** Query of GET /api/papers/search and of the /search page. Unknown parameters are ignored. */
export const searchQuerySchema = z.object({
  // An empty query is valid and finds nothing, like an empty search box.
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  sort: z.enum(SEARCH_SORTS, { error: `must be one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
  limit: limitParam(100, 20),
  cursor: cursorParam,
  has_code: hasCodeParam,
});

export type SearchQueryInput = z.infer<typeof searchQuerySchema>;
