export const SEARCH_SORTS = ["relevance", "new", "top"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_SORT_LABELS: Record<SearchSort, string> = { relevance: "Relevance", new: "Newest", top: "Most upvoted" };

export function isSearchSort(value: unknown): value is SearchSort {
  return typeof value === "string" && (SEARCH_SORTS as readonly string[]).includes(value);
}
