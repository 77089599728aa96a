import type { CommentNode } from "@/lib/api/comments-schemas";
import { READABLE_DEPTH, type CommentSort } from "@/lib/comments/comment-limits";
import { toCommentNode, type CommentRow } from "@/lib/comments/comment-row";
import { compareComments } from "@/lib/comments/rank-comments";

/**
 * Nests flat rows under `roots` (in the order given), replies sorted by `sort`. Levels below
 * `levels` are not nested: the last level shown counts them in `hiddenReplies` instead ("Continue
 * this thread"). A deleted comment stays as "[deleted]" only while something under it is left to
 * read; a deleted one with nothing under it is left out. Rows whose parent is not among the rows
 * (hidden by a moderator) are left out with it.
 */
export function buildThread(roots: CommentRow[], rows: CommentRow[], sort: CommentSort, levels = READABLE_DEPTH): CommentNode[] {
  const children = new Map<string, CommentRow[]>();
  for (const row of rows) {
    if (!row.parentId) continue;
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const order = compareComments(sort);

  // Returns the node (null when nothing in it is left to read) and how many comments it holds.
  const build = (row: CommentRow, level: number): { node: CommentNode | null; size: number } => {
    const node = toCommentNode(row);
    const built = (children.get(row.id) ?? []).map((child) => build(child, level + 1));
    const kept = built.filter((b) => b.node !== null);
    const below = kept.reduce((sum, b) => sum + b.size, 0);
    if (node.deleted && kept.length === 0) return { node: null, size: 0 };
    if (level + 1 < levels) node.replies = kept.map((b) => b.node!).sort(order);
    else node.hiddenReplies = below;
    return { node, size: below + (node.deleted ? 0 : 1) };
  };

  return roots.map((root) => build(root, 0).node).filter((node): node is CommentNode => node !== null);
}
