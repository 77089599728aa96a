import "server-only";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type AddItemResult =
  { status: "ok"; added: boolean; visibility: CollectionVisibility } | { status: "no-collection" } | { status: "no-paper" };

/**
 * Appends a paper to one of the person's collections. Idempotent and race-free in one statement:
 * the (collectionId, paperId) unique key turns a second insert into a no-op, and the count moves
 * only when a row was really inserted. (Two different papers appended at the same instant may
 * share a position; reads break the tie by time added, and a later move renumbers.)
 */
export async function addItem(userId: string, collectionId: string, paperId: string): Promise<AddItemResult> {
  const rows = await getDb().$queryRaw<{ owned: number; paper: number; added: number; visibility: CollectionVisibility | null }[]>`
    WITH owned AS (
      SELECT "id", "visibility" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    ), paper AS (
      SELECT "id" FROM "Paper" WHERE "id" = ${paperId}
    ), inserted AS (
      INSERT INTO "CollectionItem" ("id", "collectionId", "paperId", "position", "note", "addedAt")
      SELECT gen_random_uuid()::text, owned."id", paper."id",
             coalesce((SELECT max("position") FROM "CollectionItem" WHERE "collectionId" = owned."id"), 0) + 1, '', now()
      FROM owned, paper
      ON CONFLICT ("collectionId", "paperId") DO NOTHING
      RETURNING "collectionId"
    ), counted AS (
      UPDATE "Collection" SET "itemCount" = "itemCount" + 1, "updatedAt" = now()
      WHERE "id" IN (SELECT "collectionId" FROM inserted)
      RETURNING "id"
    )
    SELECT (SELECT count(*) FROM owned)::int AS "owned",
           (SELECT count(*) FROM paper)::int AS "paper",
           (SELECT count(*) FROM counted)::int AS "added",
           (SELECT "visibility"::text FROM owned) AS "visibility"`;
  const row = rows[0]!;
  if (!row.owned || !row.visibility) return { status: "no-collection" };
  if (!row.paper) return { status: "no-paper" };
  return { status: "ok", added: row.added > 0, visibility: row.visibility };
}
