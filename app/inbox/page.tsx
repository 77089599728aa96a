import type { Metadata } from "next";
import { AlertList } from "@/components/alerts/alert-list";
import { InboxView } from "@/components/alerts/inbox-view";
import { CommentNotificationList } from "@/components/notifications/comment-notification-list";
import { toAlertRef, toAlertView } from "@/lib/alerts/alert-view";
import { describeAlert } from "@/lib/alerts/describe-alert";
import { MAX_ALERTS_PER_PERSON } from "@/lib/alerts/create-alert";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { requirePageUser } from "@/lib/auth/get-session-user";
import { getDb } from "@/lib/db";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { listInbox } from "@/lib/inbox/list-inbox";
import { listCommentNotifications } from "@/lib/notifications/list-comment-notifications";

export const metadata: Metadata = { title: "Inbox", robots: { index: false } };

/**
 * Personal, so rendered per request; never cached. Signed out, to sign-in and back here.
 * `?followed=<alert id>`: a Follow button pressed without script came here, and is told it worked.
 */
export default async function InboxPage({ searchParams }: PageProps<"/inbox">) {
  const user = await requirePageUser("/inbox");
  const { followed } = await searchParams;
  const db = getDb();
  const [entries, unread, alerts, notifications] = await Promise.all([
    listInbox(db, user.id),
    countUnreadInbox(db, user.id),
    listAlerts(db, user.id),
    listCommentNotifications(db, user.id),
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
      <CommentNotificationList notifications={notifications} />
      <InboxView initial={{ entries, unread }} />
      <AlertList initial={{ alerts: alerts.map(toAlertView), limit: MAX_ALERTS_PER_PERSON }} />
    </div>
  );
}
