import type { SearchSort } from "@/lib/search/search-sort";

/** The URL of a results page: `/search?q=…`, with the sort, filter and cursor only when not the defaults. */
export function searchHref({
  q,
  sort = "relevance",
  hasCode = false,
  cursor = null,
}: {
  q: string;
  sort?: SearchSort;
  hasCode?: boolean;
  cursor?: string | null;
}): string {
  const params = new URLSearchParams({ q });
  if (sort !== "relevance") params.set("sort", sort);
  if (hasCode) params.set("has_code", "1");
  if (cursor) params.set("cursor", cursor);
  return `/search?${params.toString()}`;
}
