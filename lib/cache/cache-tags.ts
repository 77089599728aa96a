/**
 * Tags of Next's data cache. Every write that changes what a cached page shows revalidates its
 * tags, on every app server (lib/cache/revalidate-everywhere.ts).
 */

/** Paper lists and pages: feeds, dates, search-free lists, profiles, the sitemap, the public API. */
export const PAPERS_TAG = "papers";

/**
 * Papers' social cards. Apart from the lists, because a card is only ever refreshed in the
 * background: a crawler may get the previous count once, and no request waits for an image render.
 */
export const PAPER_CARDS_TAG = "paper-cards";

/**
 * Everything public that collections show on cached pages: "in N collections" on paper pages, the
 * public collections on profiles, and the public API. Only writes that touch a public collection
 * revalidate it, so saving to a private list never re-renders public pages.
 */
export const PUBLIC_COLLECTIONS_TAG = "public-collections";

/**
 * One person's public profile (their upvotes), so that their own vote shows there at once while
 * everyone else's lists follow in the background. Usernames are URL-safe (lib/validations/username.ts).
 */
export function profileTag(username: string) {
  return `profile:${username}`;
}
export const PROFILE_TAG_PATTERN = /^profile:[a-z0-9][a-z0-9_-]{2,29}$/;

/**
 * One paper's discussion (its comments on the paper page, its sub-thread pages and the comments
 * API). Per paper, so a comment re-renders only its own paper's page, at once, on every server.
 */
export function commentsTag(paperId: string) {
  return `comments:${paperId}`;
}
export const COMMENTS_TAG_PATTERN = /^comments:[A-Za-z0-9_-]{1,100}$/;

/** The "Similar papers" of paper pages: refreshed in the background after the similar-papers job writes lists. */
export const SIMILAR_PAPERS_TAG = "similar-papers";

/** Every shared tag (profiles aside), which is also what a server refreshes after it may have missed messages. */
export const CACHE_TAGS = [PAPERS_TAG, PAPER_CARDS_TAG, PUBLIC_COLLECTIONS_TAG, SIMILAR_PAPERS_TAG] as const;
export type CacheTag = (typeof CACHE_TAGS)[number];
