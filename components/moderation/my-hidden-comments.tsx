"use client";

import { useCommentState } from "@/lib/client/use-comment-state";
import { formatDate } from "@/lib/format";
import { CommentBody } from "@/components/comments/comment-body";

/**
 * The viewer's own comments on this paper that a moderator hid. The cached page leaves hidden
 * comments out for everyone; their author still sees what was hidden, and that it was, from the
 * batched per-viewer request.
 */
export function MyHiddenComments({ paperId }: { paperId: string }) {
  const state = useCommentState(paperId);
  const hidden = state.data?.hidden ?? [];
  if (hidden.length === 0) return null;
  return (
    <section aria-labelledby="my-hidden-heading" className="mt-4 rounded-lg border border-amber-300 p-3 dark:border-amber-700">
      <h3 id="my-hidden-heading" className="text-sm font-semibold">
        Your comments hidden by a moderator
      </h3>
      <p className="meta text-sm">Only you and the moderators see them.</p>
      <ul>
        {hidden.map((comment) => (
          <li key={comment.id} className="mt-2">
            <article aria-label="Your comment, hidden by a moderator">
              <p className="meta text-sm">
                <span className="font-medium text-amber-800 dark:text-amber-300">Hidden by a moderator</span> ·{" "}
                <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
              </p>
              <CommentBody className="mt-1 max-w-[70ch]" html={comment.bodyHtml} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
