import type { ModerationAction } from "@/lib/validations/moderation";

/** One moderation action as its own small form, so each works without script. */
export function ModerationButton({
  action,
  commentId,
  label,
  detail,
}: {
  action: ModerationAction;
  commentId: string;
  label: string;
  /** Read after the label by screen readers: which comment or person it acts on. */
  detail: string;
}) {
  return (
    <form method="post" action={`/api/admin/reports/${encodeURIComponent(commentId)}`}>
      <input type="hidden" name="action" value={action} />
      <button type="submit" className="btn">
        {label}
        <span className="sr-only"> {detail}</span>
      </button>
    </form>
  );
}
