import { unstable_cache } from "next/cache";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { jsonError } from "@/lib/http/json-error";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";
import { InvalidCursorError, listPapers } from "@/lib/papers/list-papers";
import { papersQuerySchema, searchParamsToObject } from "@/lib/validations/papers-query";

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

export async function GET(request: Request) {
  const url = new URL(request.url);
  const raw = searchParamsToObject(url.searchParams);
  if (!raw.ok) return jsonError(400, raw.error);
  const query = papersQuerySchema.safeParse(raw.value);
  if (!query.success) return jsonError(400, firstZodMessage(query.error));
  const { sort, limit, cursor, category, date, week, month } = query.data;
  const period = date ?? week ?? month;
  try {
    const page = await listCachedPapers({
      sort,
      limit,
      cursor,
      filter: { category, listedFrom: period?.start, listedBefore: period?.end },
    });
    const links = pageLinks(url, page.nextCursor);
    return Response.json(page, { headers: links ? { Link: links } : undefined });
  } catch (error) {
    if (error instanceof InvalidCursorError) return jsonError(400, `cursor: ${error.message}`);
    throw error;
  }
}
