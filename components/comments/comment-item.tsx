import { CommentActions } from "@/components/comments/comment-actions";
import { ReportCommentLink } from "@/components/moderation/report-comment-link";
import type { CommentNode } from "@/lib/api/comments-schemas";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import { formatDate, pluralize } from "@/lib/format";
import { CommentBody } from "@/components/comments/comment-body";

type Props = { comment: CommentNode; paperId: string; paperSlug: string };

/**
 * One comment and its replies, rendered on the server into the cached page: author, date, the
 * stored HTML (sanitised when written) in its own `dir="auto"` box so its text direction cannot
 * leak into the page, then the viewer's actions. Deeper replies are a "Continue this thread" link.
 */
export function CommentItem({ comment, paperId, paperSlug }: Props) {
  const threadHref = `/papers/${paperSlug}/comments/${comment.id}`;
  return (
    <li className="mt-4">
      <article id={commentAnchor(comment.id)} aria-label={comment.author ? `Comment by ${comment.author.name}` : "Deleted comment"}>
        <p className="meta text-sm">
          {comment.author ? (
            <a href={`/u/${encodeURIComponent(comment.author.username)}`} className="font-medium text-zinc-800 dark:text-zinc-200">
              <bdi>{comment.author.name}</bdi>
            </a>
          ) : (
            <span>[deleted]</span>
          )}{" "}
          · <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
          {comment.editedAt && <span> · edited</span>}
        </p>
        {comment.deleted ? (
          <p className="meta mt-1 italic">[deleted]</p>
        ) : (
          <CommentBody className="mt-1 max-w-[70ch]" html={comment.bodyHtml} />
        )}
        <CommentActions
          paperId={paperId}
          commentId={comment.id}
          upvotes={comment.upvotes}
          threadHref={threadHref}
          deleted={comment.deleted}
          report={comment.author && <ReportCommentLink commentId={comment.id} authorName={comment.author.name} />}
        />
      </article>
      {comment.replies.length > 0 && (
        <ul className="ml-3 border-l border-zinc-200 pl-3 sm:ml-4 sm:pl-4 dark:border-zinc-800">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} paperId={paperId} paperSlug={paperSlug} />
          ))}
        </ul>
      )}
      {comment.hiddenReplies > 0 && (
        <a href={threadHref} className="mt-2 ml-3 inline-block text-sm underline sm:ml-4">
          Continue this thread ({pluralize(comment.hiddenReplies, "reply", "replies")})
        </a>
      )}
    </li>
  );
}
