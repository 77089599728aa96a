import "server-only";
import { toOwnedCollection, type OwnedCollection } from "@/lib/collections/collection-view";
import { ownedCollectionColumns, type OwnedCollectionRow } from "@/lib/collections/owned-collection-row";
import { getDb } from "@/lib/db";

/**
 * Stops sharing by link: the token is dropped, so every copy of the link gives 404 at once. An
 * unlisted collection goes back to private; a public one stays listed on the profile.
 */
export async function stopSharing(userId: string, collectionId: string): Promise<OwnedCollection | null> {
  const rows = await getDb().$queryRaw<OwnedCollectionRow[]>`
    UPDATE "Collection" SET
      "shareToken" = NULL,
      "visibility" = CASE WHEN "visibility" = 'UNLISTED' THEN 'PRIVATE'::"Visibility" ELSE "visibility" END,
      "updatedAt" = now()
    WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    RETURNING ${ownedCollectionColumns}`;
  return rows[0] ? toOwnedCollection(rows[0]) : null;
}
