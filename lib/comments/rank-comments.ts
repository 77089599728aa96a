import type { CommentSort } from "@/lib/comments/comment-limits";

const Z = 1.959964; // 95 %

/**
 * "Best": the lower bound of the Wilson score interval (95 %) of the share of readers who upvoted,
 * as Reddit ranks comments. Reddit has downvotes, so n = ups + downs; we only have upvotes and do
 * not know how many people read a comment, so each comment counts one reader who did not vote:
 * n = ups + 1. That keeps the bound's caution about few votes (1 vote scores 0.09, 10 votes 0.62,
 * 100 votes 0.95: a comment needs many votes to come near 1) and is 0 for no votes. It rises with
 * every vote, so the database can page by upvotes and get the same order (see the tests).
 */
export function wilsonLowerBound(upvotes: number): number {
  if (upvotes <= 0) return 0;
  const n = upvotes + 1;
  const p = upvotes / n;
  const z2 = Z * Z;
  return (p + z2 / (2 * n) - Z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

type Rankable = { id: string; upvotes: number; createdAt: string | Date };

/**
 * The order of comments (and of replies under each): "best" by the bound, equal scores oldest first
 * (ids are time-ordered, lib/comments/new-comment-id.ts), so a discussion reads in the order it was
 * had; "new" newest first.
 */
export function compareComments(sort: CommentSort): (a: Rankable, b: Rankable) => number {
  if (sort === "new") {
    return (a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  }
  return (a, b) => wilsonLowerBound(b.upvotes) - wilsonLowerBound(a.upvotes) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
