import { CommentItem } from "@/components/comments/comment-item";
import type { CommentNode } from "@/lib/api/comments-schemas";

/** The top-level comments of a discussion, each with its replies. Rendered on the server, and in the browser after a write. */
export function CommentList({ comments, paper }: { comments: CommentNode[]; paper: { id: string; slug: string } }) {
  if (comments.length === 0) return <p className="meta mt-4 text-sm">No comments yet. Start the discussion: Markdown and math welcome.</p>;
  return (
    <ul aria-label="Comments">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} paperId={paper.id} paperSlug={paper.slug} />
      ))}
    </ul>
  );
}
