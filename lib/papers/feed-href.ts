import type { FeedSort } from "@/lib/papers/feed-sort";

/** The public URL of a feed page; next.config.js rewrites it to a cached /feed/… route. */
export function feedHref({
  sort = "trending",
  category = null,
  cursor = null,
}: {
  sort?: FeedSort;
  category?: string | null;
  cursor?: string | null;
}): string {
  const params = new URLSearchParams();
  if (sort !== "trending") params.set("sort", sort);
  if (category) params.set("category", category);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
