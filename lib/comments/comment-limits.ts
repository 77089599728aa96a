/** The longest comment, in characters of Markdown as written. */
export const MAX_COMMENT_LENGTH = 10_000;

/** How long after posting its author may edit a comment: long enough to fix a typo, too short to rewrite a conversation. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

/**
 * How deep a thread is shown on the paper page (0 is a top-level comment): four levels still read
 * on a 375 px phone; deeper replies are one "Continue this thread" link away.
 */
export const READABLE_DEPTH = 4;

/** Top-level comments per page of the API, by default and at most. */
export const COMMENTS_PAGE_DEFAULT = 20;
export const COMMENTS_PAGE_MAX = 50;

/**
 * Top-level comments (with their replies) the paper page itself shows, best first; the rest are one
 * "More comments" link away. The page is cached HTML that every reader downloads: with 50 threads a
 * paper with 500 comments made it 734 KB (bench/RESULTS.md, Discussion).
 */
export const COMMENTS_ON_PAPER_PAGE = 20;

/** The two orders of a thread. */
export const COMMENT_SORTS = ["best", "new"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

/** Until when a comment made at `createdAt` may be edited. */
export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_MS);
}
