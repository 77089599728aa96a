import "server-only";
import { addItem } from "@/lib/collections/items";
import { readingListId } from "@/lib/collections/rows";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

export const DEFAULT_COLLECTION_TITLE = "Reading list";

export type SavePaperResult = { collectionId: string; added: boolean; visibility: CollectionVisibility } | "full" | null;

/**
 * The one-click Save: into the person's Reading list, created on first use. Null for an unknown
 * paper (checked before the list is created, so it leaves nothing behind).
 */
export async function savePaper(userId: string, paperId: string): Promise<SavePaperResult> {
  const db = getDb();
  const id = readingListId(userId);
  // Two steps, each one statement (no explicit transaction): if the list is deleted between them,
  // the append finds no collection and the loop creates it again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = await db.$executeRaw`
      INSERT INTO "Collection" ("id", "ownerId", "title", "isDefault", "updatedAt")
      SELECT ${id}, ${userId}, ${DEFAULT_COLLECTION_TITLE}, true, now()
      WHERE EXISTS (SELECT 1 FROM "Paper" WHERE "id" = ${paperId})
      ON CONFLICT ("id") DO NOTHING`;
    const result = await addItem(userId, id, paperId);
    if (result.status === "ok") return { collectionId: id, added: result.added, visibility: result.visibility };
    if (result.status === "full") return "full";
    if (result.status === "no-paper" || (created === 0 && !(await paperExists(paperId)))) return null;
  }
  throw new Error("could not save: the Reading list kept disappearing");
}

async function paperExists(paperId: string): Promise<boolean> {
  return (await getDb().paper.count({ where: { id: paperId } })) > 0;
}

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
