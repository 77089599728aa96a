import "server-only";
import { revalidateTag } from "next/cache";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/collections/cache-tags";
import type { CollectionVisibility } from "@/lib/validations/collection";

/**
 * After a write: when the collection was or is public, the cached pages that list public
 * collections (paper pages' "in N collections", profiles, the public API) are marked stale.
 */
export function revalidatePublicCollections(...visibilities: (CollectionVisibility | null | undefined)[]): void {
  if (visibilities.includes("PUBLIC")) revalidateTag(PUBLIC_COLLECTIONS_TAG, "max");
}
