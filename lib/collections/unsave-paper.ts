import "server-only";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type UnsavedFrom = { id: string; title: string; visibility: CollectionVisibility };

/**
 * The Save button's "unsave": takes the paper out of every collection of the person's (like
 * unstarring a repository takes it out of every list). One statement, so each count drops exactly
 * once per removed row even when two unsaves race. Returns the collections it was removed from.
 */
export async function unsavePaper(userId: string, paperId: string): Promise<UnsavedFrom[]> {
  return getDb().$queryRaw<UnsavedFrom[]>`
    WITH removed AS (
      DELETE FROM "CollectionItem" AS i
      USING "Collection" AS c
      WHERE i."collectionId" = c."id" AND c."ownerId" = ${userId} AND i."paperId" = ${paperId}
      RETURNING i."collectionId"
    )
    UPDATE "Collection"
    SET "itemCount" = "itemCount" - 1, "updatedAt" = now()
    WHERE "id" IN (SELECT "collectionId" FROM removed)
    RETURNING "id", "title", "visibility"::text AS "visibility"`;
}
