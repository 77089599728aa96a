import "server-only";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/cache/cache-tags";
import { revalidateEverywhere } from "@/lib/cache/revalidate-everywhere";
import type { CollectionVisibility } from "@/lib/validations/collection";

/**
 * After a write: when the collection was or is public, the cached pages that list public
 * collections are refreshed, on every app server. They are served stale once while they refresh,
 * which is fine for a new save, but not when a collection has just left public view (see
 * `expirePublicCollection`).
 */
export async function revalidatePublicCollections(...visibilities: (CollectionVisibility | null | undefined)[]): Promise<void> {
  if (visibilities.includes("PUBLIC")) await revalidateEverywhere({ background: [PUBLIC_COLLECTIONS_TAG] });
}

/**
 * After a collection stopped being public (made private or unlisted, or deleted): the cached pages
 * that listed it expire at once, so the next request renders without it instead of serving the
 * stale copy one more time. Privacy first; the price is one uncached render.
 */
export async function expirePublicCollection(before: CollectionVisibility, after: CollectionVisibility | "DELETED"): Promise<boolean> {
  if (before !== "PUBLIC" || after === "PUBLIC") return false;
  await revalidateEverywhere({ now: [PUBLIC_COLLECTIONS_TAG] });
  return true;
}
