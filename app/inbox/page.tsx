import type { Metadata } from "next";
import { AlertList } from "@/components/alerts/alert-list";
import { InboxView } from "@/components/alerts/inbox-view";
import { toAlertRef, toAlertView } from "@/lib/alerts/alert-view";
import { describeAlert } from "@/lib/alerts/describe-alert";
import { MAX_ALERTS_PER_PERSON } from "@/lib/alerts/create-alert";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { requirePageUser } from "@/lib/auth/get-session-user";
import { getDb } from "@/lib/db";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { decodeInboxCursor } from "@/lib/inbox/inbox-cursor";
import { listInbox } from "@/lib/inbox/list-inbox";

export const metadata: Metadata = { title: "Inbox", robots: { index: false } };

/**
 * Personal, so rendered per request; never cached. Signed out, to sign-in and back here.
 * `?before=<cursor>`: an older page (the Older link's). A cursor that is not one (edited, or cut
 * short when copied) shows the newest page and says so, rather than failing.
 * `?followed=<alert id>`: a Follow button pressed without script came here, and is told it worked.
 */
export default async function InboxPage({ searchParams }: PageProps<"/inbox">) {
  const user = await requirePageUser("/inbox");
  const { followed, before } = await searchParams;
  const cursor = typeof before === "string" ? decodeInboxCursor(before) : null;
  const badCursor = before !== undefined && cursor === null;
  const db = getDb();
  const [page, unread, alerts] = await Promise.all([
    listInbox(db, user.id, { cursor }),
    countUnreadInbox(db, user.id),
    listAlerts(db, user.id),
  ]);
  const justFollowed = typeof followed === "string" ? alerts.find((alert) => alert.id === followed) : undefined;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Inbox</h1>
      <p className="meta mt-1 mb-6 text-sm">
        Replies to your comments, comments on your papers, and new papers that match what you follow.
      </p>
      {justFollowed && (
        <p
          role="status"
          className="dark:bg-accent-950 mb-6 rounded-lg border border-accent-300 bg-accent-50 p-3 text-sm dark:border-accent-700"
        >
          Following {describeAlert(toAlertRef(justFollowed))}: new papers that match come here.
        </p>
      )}
      {badCursor && (
        <p
          role="status"
          className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          That link to an older page of the inbox is not valid (it may have been cut short), so here are the newest entries.
        </p>
      )}
      <InboxView initial={{ ...page, unread }} cursor={cursor && typeof before === "string" ? before : null} />
      <AlertList initial={{ alerts: alerts.map(toAlertView), limit: MAX_ALERTS_PER_PERSON }} />
    </div>
  );
}
