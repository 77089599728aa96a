import { unstable_cache } from "next/cache";
import { paperPageSchema } from "@/lib/api/papers-schemas";
import { pageLinks } from "@/lib/http/page-links";
import { reply, route } from "@/lib/http/route";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import { listPapers } from "@/lib/papers/list-papers";
import { papersQuerySchema } from "@/lib/validations/papers-query";

const listCachedPapers = unstable_cache(listPapers, ["api-papers"], { tags: [PAPERS_TAG], revalidate: 3600 });

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
