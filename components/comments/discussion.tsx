import { CommentList } from "@/components/comments/comment-list";
import { DiscussionLive } from "@/components/comments/discussion-live";
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
  // Only what the browser needs crosses to it: the thread itself goes as rendered children.
  const ids = { id: paper.id, slug: paper.slug };
  return (
    <section id="discussion" aria-labelledby="discussion-heading" className="mt-8">
      <DiscussionLive paper={ids} sort={sort} commentCount={commentCount} showForm={showForm} moreHref={moreHref}>
        <CommentList comments={comments} paper={ids} />
      </DiscussionLive>
      <MyHiddenComments paperId={paper.id} />
    </section>
  );
}
