import "server-only";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type RemoveItemResult = { removed: boolean; visibility: CollectionVisibility } | null;

/**
 * Takes a paper out of one of the person's collections. Idempotent; null when the collection is
 * not theirs. One statement: the count drops only when a row was really deleted.
 */
export async function removeItem(userId: string, collectionId: string, paperId: string): Promise<RemoveItemResult> {
  const db = getDb();
  const rows = await db.$queryRaw<{ visibility: CollectionVisibility }[]>`
    WITH removed AS (
      DELETE FROM "CollectionItem" AS i
      USING "Collection" AS c
      WHERE i."collectionId" = c."id" AND c."id" = ${collectionId} AND c."ownerId" = ${userId} AND i."paperId" = ${paperId}
      RETURNING i."collectionId"
    )
    UPDATE "Collection"
    SET "itemCount" = "itemCount" - 1, "updatedAt" = now()
    WHERE "id" IN (SELECT "collectionId" FROM removed)
    RETURNING "visibility"::text AS "visibility"`;
  if (rows[0]) return { removed: true, visibility: rows[0].visibility };
  const collection = await db.collection.findFirst({ where: { id: collectionId, ownerId: userId }, select: { visibility: true } });
  return collection && { removed: false, visibility: collection.visibility };
}
