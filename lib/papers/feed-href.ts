import type { FeedSort } from "@/lib/papers/feed-sort";

/** The public URL of a feed page; next.config.js rewrites it to a cached /feed/… route. */
export function feedHref({
  sort = "trending",
  category = null,
  hasCode = false,
  cursor = null,
}: {
  sort?: FeedSort;
  category?: string | null;
  /** Only papers with a code link: `has_code=1`. */
  hasCode?: boolean;
  cursor?: string | null;
}): string {
  const params = new URLSearchParams();
  if (sort !== "trending") params.set("sort", sort);
  if (category) params.set("category", category);
  if (hasCode) params.set("has_code", "1");
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
