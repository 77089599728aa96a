import { CommentForm } from "@/components/comments/comment-form";
import { CommentItem } from "@/components/comments/comment-item";
import { MyHiddenComments } from "@/components/moderation/my-hidden-comments";
import type { CommentNode } from "@/lib/api/comments-schemas";
import type { CommentSort } from "@/lib/comments/comment-limits";

type Props = {
  paper: { id: string; slug: string };
  comments: CommentNode[];
  commentCount: number;
  sort: CommentSort;
  /** The next page of top-level comments, when there is one. */
  moreHref?: string | null;
  /** A sub-thread page shows no box for a new top-level comment. */
  showForm?: boolean;
};

/**
 * The "Discussion" section, server-rendered into the cached page (comments are public). Best is
 * the paper page itself; New and further pages are the discussion page, so the sort is a plain
 * link that works without script and the paper page stays one cached copy.
 */
export function Discussion({ paper, comments, commentCount, sort, moreHref, showForm = true }: Props) {
  const base = `/papers/${paper.slug}`;
  return (
    <section id="discussion" aria-labelledby="discussion-heading" className="mt-8">
      <h2 id="discussion-heading" className="text-lg font-semibold">
        Discussion <span className="meta font-normal">({commentCount})</span>
      </h2>
      {showForm && <CommentForm paperId={paper.id} />}
      <MyHiddenComments paperId={paper.id} />
      {comments.length > 0 && (
        <nav aria-label="Sort comments" className="mt-4 flex gap-3 text-sm">
          <a href={`${base}#discussion`} aria-current={sort === "best" ? "page" : undefined} className="comment-sort">
            Best
          </a>
          <a href={`${base}/comments?sort=new`} aria-current={sort === "new" ? "page" : undefined} className="comment-sort">
            New
          </a>
        </nav>
      )}
      {comments.length === 0 ? (
        <p className="meta mt-4 text-sm">No comments yet. Start the discussion: Markdown and math welcome.</p>
      ) : (
        <ul aria-label="Comments">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} paperId={paper.id} paperSlug={paper.slug} />
          ))}
        </ul>
      )}
      {moreHref && (
        <a href={moreHref} className="mt-4 inline-block text-sm underline">
          More comments
        </a>
      )}
    </section>
  );
}
