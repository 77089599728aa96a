import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search/build-search-query";
import { SEARCH_SORTS } from "@/lib/search/search-sort";

/** Query of GET /api/papers/search and of the /search page. Unknown parameters are ignored. */
export const searchQuerySchema = z.object({
  // An empty query is valid and finds nothing, like an empty search box.
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  sort: z.enum(SEARCH_SORTS, { error: `must be one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
  limit: z.coerce
    .number({ error: "must be a whole number from 1 to 100" })
    .int("must be a whole number from 1 to 100")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(20),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "must be the nextCursor of a previous response")
    .optional(),
});

export type SearchQueryInput = z.infer<typeof searchQuerySchema>;
