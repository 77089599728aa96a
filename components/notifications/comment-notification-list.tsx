import { describeCommentNotification } from "@/lib/notifications/comment-email";
import type { CommentNotificationView } from "@/lib/notifications/list-comment-notifications";
import { formatDate } from "@/lib/format";

/**
 * The inbox's replies and comments on the person's papers, newest first. Each link goes through
 * /api/me/notifications/{id}, which marks it read and lands on the comment.
 */
export function CommentNotificationList({ notifications }: { notifications: CommentNotificationView[] }) {
  if (notifications.length === 0) return null;
  return (
    <section aria-labelledby="inbox-comments-heading" className="mb-8">
      <h2 id="inbox-comments-heading" className="mb-2 text-lg font-semibold">
        Replies and comments
      </h2>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {notifications.map((n) => (
          <li key={n.id} className="py-3" data-read={n.read}>
            {!n.read && <span className="sr-only">Unread: </span>}
            <a
              href={`/api/me/notifications/${encodeURIComponent(n.id)}`}
              className={`block hover:underline ${n.read ? "font-normal" : "font-semibold"}`}
            >
              <bdi>{describeCommentNotification(n)}</bdi>
            </a>
            <p className="meta text-sm">
              <time dateTime={n.createdAt.toISOString()}>{formatDate(n.createdAt.toISOString())}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
