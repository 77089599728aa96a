import "server-only";
import { revalidateTag } from "next/cache";
import type { CollectionVisibility } from "@/lib/validations/collection";

/**
 * Data-cache tag of everything public that collections show on cached pages: "in N collections"
 * on paper pages, the public collections on profiles, and the public API. Only writes that touch
 * a public collection revalidate it, so saving to a private list never re-renders public pages.
 */
export const PUBLIC_COLLECTIONS_TAG = "public-collections";

/** After a write: when the collection was or is public, the cached pages that list public collections are marked stale. */
export function revalidatePublicCollections(...visibilities: (CollectionVisibility | null | undefined)[]): void {
  if (visibilities.includes("PUBLIC")) revalidateTag(PUBLIC_COLLECTIONS_TAG, "max");
}
