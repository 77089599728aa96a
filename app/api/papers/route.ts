import { unstable_cache } from "next/cache";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { jsonError } from "@/lib/http/json-error";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";
import { InvalidCursorError, listPapers } from "@/lib/papers/list-papers";
import { papersQuerySchema, searchParamsToObject } from "@/lib/validations/papers-query";

const listCachedPapers = unstable_cache(listPapers, ["api-papers"], { tags: [PAPERS_TAG], revalidate: 3600 });

export async function GET(request: Request) {
  const raw = searchParamsToObject(new URL(request.url).searchParams);
  if (!raw.ok) return jsonError(400, raw.error);
  const query = papersQuerySchema.safeParse(raw.value);
  if (!query.success) return jsonError(400, firstZodMessage(query.error));
  try {
    return Response.json(await listCachedPapers(query.data));
  } catch (error) {
    if (error instanceof InvalidCursorError) return jsonError(400, `cursor: ${error.message}`);
    throw error;
  }
}
