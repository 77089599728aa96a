import { unstable_cache } from "next/cache";
import { paperPageSchema } from "@/lib/api/papers-schemas";
import { reply, route } from "@/lib/http/route";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { listPapers } from "@/lib/papers/list-papers";
import { papersQuerySchema } from "@/lib/validations/papers-query";

const listCachedPapers = unstable_cache(listPapers, ["api-papers"], { tags: [PAPERS_TAG], revalidate: 3600 });

/** RFC 8288 links to the next and first pages; relative, so they stay right behind any proxy. */
function pageLinks(url: URL, nextCursor: string | null): string | null {
  const link = (cursor: string | null, rel: string) => {
    const params = new URLSearchParams(url.searchParams);
    if (cursor) params.set("cursor", cursor);
    else params.delete("cursor");
    const query = params.toString();
    return `<${url.pathname}${query ? `?${query}` : ""}>; rel="${rel}"`;
  };
  const links = [nextCursor ? link(nextCursor, "next") : null, url.searchParams.has("cursor") ? link(null, "first") : null].filter(Boolean);
  return links.length > 0 ? links.join(", ") : null;
}

/** A page of papers: `?sort=&limit=&cursor=&category=&has_code=&date=|week=|month=`, with a `Link` header. */
export const GET = route({ query: papersQuerySchema, response: paperPageSchema }, async ({ request, query }) => {
  const { sort, limit, cursor, category, has_code: hasCode, date, week, month } = query;
  const period = date ?? week ?? month;
  const page = await listCachedPapers({
    sort,
    limit,
    cursor,
    filter: { category, hasCode, listedFrom: period?.start, listedBefore: period?.end },
  });
  const links = pageLinks(new URL(request.url), page.nextCursor);
  return reply(page, { headers: links ? { Link: links } : undefined });
});
