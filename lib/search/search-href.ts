import type { SearchSort } from "@/lib/search/search-sort";

/** The URL of a results page: `/search?q=…`, with the sort and cursor only when not the defaults. */
export function searchHref({ q, sort = "relevance", cursor = null }: { q: string; sort?: SearchSort; cursor?: string | null }): string {
  const params = new URLSearchParams({ q });
  if (sort !== "relevance") params.set("sort", sort);
  if (cursor) params.set("cursor", cursor);
  return `/search?${params.toString()}`;
}
