/**
 * A comment's Report control: a link to its report page (a plain form), so it works without
 * script and by keyboard; its name says whose comment it reports.
 */
export function ReportCommentLink({ commentId, authorName }: { commentId: string; authorName: string }) {
  return (
    <a href={`/comments/${encodeURIComponent(commentId)}/report`} className="comment-action" aria-label={`Report comment by ${authorName}`}>
      Report
    </a>
  );
}
