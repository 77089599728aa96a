import "server-only";
import { revalidateTag } from "next/cache";
import type { CollectionVisibility } from "@/lib/validations/collection";

/**
 * Data-cache tag of everything public that collections show on cached pages: "in N collections"
 * on paper pages, the public collections on profiles, and the public API. Only writes that touch
 * a public collection revalidate it, so saving to a private list never re-renders public pages.
 */
export const PUBLIC_COLLECTIONS_TAG = "public-collections";

/**
 * After a write: when the collection was or is public, the cached pages that list public
 * collections are refreshed. They are served stale once while they refresh, which is fine for a
 * new save, but not when a collection has just left public view (see `expirePublicCollection`).
 */
export function revalidatePublicCollections(...visibilities: (CollectionVisibility | null | undefined)[]): void {
  if (visibilities.includes("PUBLIC")) revalidateTag(PUBLIC_COLLECTIONS_TAG, "max");
}

/**
 * After a collection stopped being public (made private or unlisted, or deleted): the cached pages
 * that listed it expire at once, so the next request renders without it instead of serving the
 * stale copy one more time. Privacy first; the price is one uncached render.
 */
export function expirePublicCollection(before: CollectionVisibility, after: CollectionVisibility | "DELETED"): boolean {
  if (before !== "PUBLIC" || after === "PUBLIC") return false;
  revalidateTag(PUBLIC_COLLECTIONS_TAG, { expire: 0 });
  return true;
}
