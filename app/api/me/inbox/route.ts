import { inboxResponseSchema, markInboxResponseSchema } from "@/lib/api/alerts-schemas";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { markInboxSchema } from "@/lib/validations/alert";

/** My inbox: the papers my alerts matched, newest first, and how many are unread. */
export const GET = route({ auth: "required", response: inboxResponseSchema }, async ({ user }) => {
  const db = getDb();
  const [entries, unread] = await Promise.all([listInbox(db, user.id), countUnreadInbox(db, user.id)]);
  return { entries, unread };
});

/** Marks papers read `{ paperIds: [...] }`, or all `{ all: true }`; `read: false` marks them unread again. */
export const POST = route({ auth: "required", body: markInboxSchema, response: markInboxResponseSchema }, async ({ body, user }) => {
  const db = getDb();
  const changed = await markInboxRead(db, user.id, body);
  return { changed, unread: await countUnreadInbox(db, user.id) };
});
