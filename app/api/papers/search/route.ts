import { searchResultSchema } from "@/lib/api/papers-schemas";
import { route } from "@/lib/http/route";
import { searchPapers } from "@/lib/search/search-papers";
import { searchQuerySchema } from "@/lib/validations/search-query";

/** GET /api/papers/search?q=&sort=relevance|new|top&limit=1..100&cursor=&has_code= */
export const GET = route({ query: searchQuerySchema, rateLimit: "search", response: searchResultSchema }, ({ query }) =>
  searchPapers({ ...query, hasCode: query.has_code }),
);
