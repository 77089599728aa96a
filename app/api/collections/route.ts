import { unstable_cache } from "next/cache";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/collections/cache-tags";
import { InvalidCollectionCursorError, listPublicCollections } from "@/lib/collections/list-public-collections";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { jsonError } from "@/lib/http/json-error";
import { collectionsQuerySchema } from "@/lib/validations/collections-query";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";
import { searchParamsToObject } from "@/lib/validations/papers-query";

// Public collections' writes revalidate PUBLIC_COLLECTIONS_TAG; an import can retitle a paper (PAPERS_TAG).
const listCachedCollections = unstable_cache(listPublicCollections, ["api-collections"], {
  tags: [PUBLIC_COLLECTIONS_TAG, PAPERS_TAG],
  revalidate: 3600,
});

/** Public collections (read-only): `?limit=1..50&cursor=`, with a `Link` header to the next page. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const raw = searchParamsToObject(url.searchParams);
  if (!raw.ok) return jsonError(400, raw.error);
  const query = collectionsQuerySchema.safeParse(raw.value);
  if (!query.success) return jsonError(400, firstZodMessage(query.error));
  try {
    const page = await listCachedCollections(query.data.limit, query.data.cursor ?? null);
    const headers: HeadersInit = {};
    if (page.nextCursor) {
      const next = new URLSearchParams(url.searchParams);
      next.set("cursor", page.nextCursor);
      headers.Link = `<${url.pathname}?${next}>; rel="next"`;
    }
    return Response.json(page, { headers });
  } catch (error) {
    if (error instanceof InvalidCollectionCursorError) return jsonError(400, `cursor: ${error.message}`);
    throw error;
  }
}
