import { inboxResponseSchema, markInboxResponseSchema } from "@/lib/api/alerts-schemas";
import { getDb } from "@/lib/db";
import { pageLinks } from "@/lib/http/page-links";
import { reply, route } from "@/lib/http/route";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { markInboxSchema } from "@/lib/validations/alert";
import { inboxQuerySchema } from "@/lib/validations/inbox-query";

/**
 * My inbox, one page of both kinds newest first (`?limit=1..100&cursor=`), how many entries are
 * unread, and a `Link` header to the next and first pages.
 */
export const GET = route({ auth: "required", query: inboxQuerySchema, response: inboxResponseSchema }, async ({ request, query, user }) => {
  const db = getDb();
  const [page, unread] = await Promise.all([
    listInbox(db, user.id, { limit: query.limit, cursor: query.cursor }),
    countUnreadInbox(db, user.id),
  ]);
  const links = pageLinks(new URL(request.url), page.nextCursor);
  return reply({ ...page, unread }, { headers: links ? { Link: links } : undefined });
});

/**
 * Marks papers read `{ paperIds: [...] }`, or the whole inbox `{ all: true }` (comment
 * notifications too); `read: false` marks them unread again.
 */
export const POST = route({ auth: "required", body: markInboxSchema, response: markInboxResponseSchema }, async ({ body, user }) => {
  const db = getDb();
  const changed = await markInboxRead(db, user.id, body);
  return { changed, unread: await countUnreadInbox(db, user.id) };
});
