import "server-only";
import type { CollectionWithItems, OwnedCollection } from "@/lib/collections/collection-view";
import { getOwnedCollection } from "@/lib/collections/get-owned-collection";
import { getPublicCollection } from "@/lib/collections/get-public-collection";

export type ViewableCollection =
  { isOwner: true; collection: CollectionWithItems<OwnedCollection> } | { isOwner: false; collection: CollectionWithItems };

/**
 * A collection by id as this viewer may see it: the owner sees their own (any visibility),
 * everyone else only a public one. Private and unlisted collections of others are null (404):
 * an unlisted one is reachable only through its share link.
 */
export async function getViewableCollection(viewerId: string | null, collectionId: string): Promise<ViewableCollection | null> {
  if (viewerId) {
    const owned = await getOwnedCollection(viewerId, collectionId);
    if (owned) return { isOwner: true, collection: owned };
  }
  const visible = await getPublicCollection(collectionId);
  return visible && { isOwner: false, collection: visible };
}
