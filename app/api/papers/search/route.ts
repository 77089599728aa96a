import { firstZodMessage } from "@/lib/http/first-zod-message";
import { jsonError } from "@/lib/http/json-error";
import { InvalidSearchCursorError, searchPapers } from "@/lib/search/search-papers";
import { searchParamsToObject } from "@/lib/validations/papers-query";
import { searchQuerySchema } from "@/lib/validations/search-query";

/** GET /api/papers/search?q=&sort=relevance|new|top&limit=1..100&cursor= */
export async function GET(request: Request) {
  const raw = searchParamsToObject(new URL(request.url).searchParams);
  if (!raw.ok) return jsonError(400, raw.error);
  const query = searchQuerySchema.safeParse(raw.value);
  if (!query.success) return jsonError(400, firstZodMessage(query.error));
  try {
    return Response.json(await searchPapers(query.data));
  } catch (error) {
    if (error instanceof InvalidSearchCursorError) return jsonError(400, `cursor: ${error.message}`);
    throw error;
  }
}
