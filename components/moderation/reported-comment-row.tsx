import { ModerationButton } from "@/components/moderation/moderation-button";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import type { ReportedComment } from "@/lib/moderation/list-reported-comments";
import { CommentBody } from "@/components/comments/comment-body";

const REASON_LABEL = { SPAM: "Spam", HARASSMENT: "Harassment", OFF_TOPIC: "Off-topic", OTHER: "Other" } as const;

/** One reported comment on /admin/reports: what it says, where, by whom, why it was reported, and the actions. */
export function ReportedCommentRow({ comment }: { comment: ReportedComment }) {
  const heading = `report-${comment.commentId}`;
  const author = comment.author?.username ?? "[deleted account]";
  const count = comment.reports.length;
  return (
    <li>
      <section aria-labelledby={heading} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <h2 id={heading} className="font-semibold">
          {count} report{count === 1 ? "" : "s"}: comment by <bdi>{author}</bdi>
          {comment.hidden ? " (hidden)" : ""}
          {comment.deleted ? " (deleted)" : ""}
          {comment.author?.suspended ? " · author suspended" : ""}
        </h2>
        <p className="meta text-sm">
          On{" "}
          <a href={`/papers/${comment.paperSlug}#${commentAnchor(comment.commentId)}`} className="underline">
            {comment.paperTitle}
          </a>
        </p>
        <CommentBody
          className="mt-2 max-w-[70ch] border-l-4 border-zinc-300 pl-3 break-words dark:border-zinc-700"
          html={comment.bodyHtml}
        />
        <ul className="mt-3 space-y-1 text-sm">
          {comment.reports.map((report) => (
            <li key={`${report.reporter}-${report.createdAt.toISOString()}`}>
              <span className="font-medium">{REASON_LABEL[report.reason]}</span> from <bdi>{report.reporter}</bdi>
              {report.note ? (
                <>
                  : <q className="break-words">{report.note}</q>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-2">
          {comment.hidden ? (
            <ModerationButton action="restore" commentId={comment.commentId} label="Restore comment" detail={`by ${author}`} />
          ) : (
            <ModerationButton action="hide" commentId={comment.commentId} label="Hide comment" detail={`by ${author}`} />
          )}
          <ModerationButton action="dismiss" commentId={comment.commentId} label="Dismiss reports" detail={`of the comment by ${author}`} />
          {comment.author &&
            (comment.author.suspended ? (
              <ModerationButton action="unsuspend" commentId={comment.commentId} label="Unsuspend author" detail={author} />
            ) : (
              <ModerationButton action="suspend" commentId={comment.commentId} label="Suspend author" detail={author} />
            ))}
        </div>
      </section>
    </li>
  );
}
