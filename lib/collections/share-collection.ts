import "server-only";
import { toOwnedCollection, type OwnedCollection } from "@/lib/collections/collection-view";
import { ownedCollectionColumns, type OwnedCollectionRow } from "@/lib/collections/owned-collection-row";
import { newShareToken } from "@/lib/collections/share-token";
import { getDb } from "@/lib/db";

/**
 * Shares a collection by link: keeps the current link, or makes a new one when there is none or
 * `regenerate` asks for it (the old token stops matching the moment this commits). A private
 * collection becomes unlisted, since a link to something only its owner may see would not work.
 */
export async function shareCollection(userId: string, collectionId: string, regenerate: boolean): Promise<OwnedCollection | null> {
  const rows = await getDb().$queryRaw<OwnedCollectionRow[]>`
    UPDATE "Collection" SET
      "shareToken" = CASE WHEN ${regenerate} OR "shareToken" IS NULL THEN ${newShareToken()} ELSE "shareToken" END,
      "visibility" = CASE WHEN "visibility" = 'PRIVATE' THEN 'UNLISTED'::"Visibility" ELSE "visibility" END,
      "updatedAt" = now()
    WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    RETURNING ${ownedCollectionColumns}`;
  return rows[0] ? toOwnedCollection(rows[0]) : null;
}
