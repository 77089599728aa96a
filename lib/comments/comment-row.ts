import type { CommentNode } from "@/lib/api/comments-schemas";

/** A comment as the reads and writes select it, before it is placed in a thread. */
export type CommentRow = {
  id: string;
  paperId: string;
  parentId: string | null;
  rootId: string | null;
  depth: number;
  authorId: string | null;
  username: string | null;
  name: string | null;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  upvotes: number;
};

/** A row as the API and the page show it: a deleted comment shows neither its author nor its text. */
export function toCommentNode(row: CommentRow): CommentNode {
  const deleted = row.deletedAt !== null;
  const username = row.username ?? row.authorId;
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    author: deleted || !username ? null : { username, name: row.name?.trim() || username },
    bodyHtml: deleted ? "" : row.bodyHtml,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted,
    upvotes: row.upvotes,
    replies: [],
    hiddenReplies: 0,
  };
}
