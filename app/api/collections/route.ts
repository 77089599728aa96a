import { unstable_cache } from "next/cache";
import { collectionPageSchema } from "@/lib/api/collections-schemas";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/cache/cache-tags";
import { listPublicCollections } from "@/lib/collections/lists";
import { reply, route } from "@/lib/http/route";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { collectionsQuerySchema } from "@/lib/validations/collection";

// Public collections' writes revalidate PUBLIC_COLLECTIONS_TAG; an import can retitle a paper (PAPERS_TAG).
const listCachedCollections = unstable_cache(listPublicCollections, ["api-collections"], {
  tags: [PUBLIC_COLLECTIONS_TAG, PAPERS_TAG],
  revalidate: 3600,
});

/** Public collections (read-only): `?limit=1..50&cursor=`, with a `Link` header to the next page. */
export const GET = route({ query: collectionsQuerySchema, response: collectionPageSchema }, async ({ request, query }) => {
  const page = await listCachedCollections(query.limit, query.cursor ?? null);
  if (!page.nextCursor) return page;
  const url = new URL(request.url);
  const next = new URLSearchParams(url.searchParams);
  next.set("cursor", page.nextCursor);
  return reply(page, { headers: { Link: `<${url.pathname}?${next}>; rel="next"` } });
});
