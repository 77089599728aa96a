export const FEED_SORTS = ["trending", "top", "new"] as const;
export type FeedSort = (typeof FEED_SORTS)[number];

export const FEED_SORT_LABELS: Record<FeedSort, string> = { trending: "Trending", top: "Top", new: "New" };

export function isFeedSort(value: unknown): value is FeedSort {
  return typeof value === "string" && (FEED_SORTS as readonly string[]).includes(value);
}
