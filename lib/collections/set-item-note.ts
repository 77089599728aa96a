import "server-only";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type SetItemNoteResult =
  { status: "ok"; note: string; visibility: CollectionVisibility } | { status: "no-collection" } | { status: "no-item" };

/** Replaces the plain-text note under a paper in one of the person's collections. One statement. */
export async function setItemNote(userId: string, collectionId: string, paperId: string, note: string): Promise<SetItemNoteResult> {
  const rows = await getDb().$queryRaw<{ owned: number; updated: number; visibility: CollectionVisibility | null }[]>`
    WITH owned AS (
      SELECT "id", "visibility" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    ), updated AS (
      UPDATE "CollectionItem" SET "note" = ${note}
      WHERE "collectionId" IN (SELECT "id" FROM owned) AND "paperId" = ${paperId}
      RETURNING "collectionId"
    ), touched AS (
      UPDATE "Collection" SET "updatedAt" = now() WHERE "id" IN (SELECT "collectionId" FROM updated) RETURNING "id"
    )
    SELECT (SELECT count(*) FROM owned)::int AS "owned",
           (SELECT count(*) FROM touched)::int AS "updated",
           (SELECT "visibility"::text FROM owned) AS "visibility"`;
  const row = rows[0]!;
  if (!row.owned || !row.visibility) return { status: "no-collection" };
  if (!row.updated) return { status: "no-item" };
  return { status: "ok", note, visibility: row.visibility };
}
