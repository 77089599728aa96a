import "server-only";
import { editableUntil } from "@/lib/comments/comment-limits";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type CommentState = {
  voted: string[];
  mine: { id: string; editableUntil: string; body?: string }[];
  hidden?: { id: string; bodyHtml: string; createdAt: string }[];
};

/**
 * The viewer's side of one paper's discussion, for the batched per-viewer request that keeps the
 * page cacheable: their upvotes there and their own comments (not deleted). Scoped by the person in
 * the query; empty when signed out.
 */
export async function getCommentState(
  db: PrismaClient,
  userId: string | null,
  paperId: string,
  now: Date = new Date(),
): Promise<CommentState> {
  if (!userId) return { voted: [], mine: [] };
  const [votes, mine] = await Promise.all([
    db.commentVote.findMany({ where: { userId, comment: { paperId } }, select: { commentId: true } }),
    db.comment.findMany({
      where: { authorId: userId, paperId, deletedAt: null },
      select: { id: true, createdAt: true, body: true, hiddenAt: true, bodyHtml: true },
    }),
  ]);
  // Hidden by a moderator (part B): the cached page leaves them out, so their author sees them here, marked.
  const hidden = mine.filter((c) => c.hiddenAt).map((c) => ({ id: c.id, bodyHtml: c.bodyHtml, createdAt: c.createdAt.toISOString() }));
  return {
    ...(hidden.length > 0 ? { hidden } : {}),
    voted: votes.map((v) => v.commentId),
    // The Markdown only of those still editable: the Edit box starts from it, and the cached page does not carry it.
    mine: mine.map((c) => {
      const until = editableUntil(c.createdAt);
      return { id: c.id, editableUntil: until.toISOString(), ...(until.getTime() > now.getTime() ? { body: c.body } : {}) };
    }),
  };
}
