import { readPageSchema } from "@/lib/api/reads-schemas";
import { reply, route } from "@/lib/http/route";
import { listReads } from "@/lib/reads/list-reads";
import { readsQuerySchema } from "@/lib/validations/reads-query";

/** What the signed-in person has read, last read first: `?limit=1..100&cursor=`, with a `Link` header to the next page. */
export const GET = route({ auth: "required", query: readsQuerySchema, response: readPageSchema }, async ({ request, query, user }) => {
  const page = await listReads(user.id, { limit: query.limit, cursor: query.cursor ?? null });
  if (!page.nextCursor) return page;
  const url = new URL(request.url);
  const next = new URLSearchParams(url.searchParams);
  next.set("cursor", page.nextCursor);
  return reply(page, { headers: { Link: `<${url.pathname}?${next}>; rel="next"` } });
});
