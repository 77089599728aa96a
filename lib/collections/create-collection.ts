import "server-only";
import { toOwnedCollection, type OwnedCollection } from "@/lib/collections/collection-view";
import { newCollectionId } from "@/lib/collections/new-id";
import { ownedCollectionColumns, type OwnedCollectionRow } from "@/lib/collections/owned-collection-row";
import { newShareToken } from "@/lib/collections/share-token";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type CreateCollectionResult = { status: "ok"; collection: OwnedCollection } | { status: "no-paper" };

/**
 * A new collection, optionally with a first paper in it ("Save to… → new collection"). One
 * statement: with an unknown paper nothing is created at all.
 */
export async function createCollection(
  userId: string,
  input: { title: string; description: string; visibility: CollectionVisibility; paperId?: string },
): Promise<CreateCollectionResult> {
  const paperId = input.paperId ?? null;
  // An unlisted collection is reachable only through its link, so it needs one from the start.
  const shareToken = input.visibility === "UNLISTED" ? newShareToken() : null;
  const rows = await getDb().$queryRaw<OwnedCollectionRow[]>`
    WITH paper AS (
      SELECT "id" FROM "Paper" WHERE "id" = ${paperId}::text
    ), created AS (
      INSERT INTO "Collection" ("id", "ownerId", "title", "description", "visibility", "shareToken", "itemCount", "updatedAt")
      SELECT ${newCollectionId()}, ${userId}, ${input.title}, ${input.description}, CAST(${input.visibility}::text AS "Visibility"),
             ${shareToken}::text, (SELECT count(*) FROM paper)::int, now()
      WHERE ${paperId}::text IS NULL OR EXISTS (SELECT 1 FROM paper)
      RETURNING *
    ), item AS (
      INSERT INTO "CollectionItem" ("id", "collectionId", "paperId", "position", "note", "addedAt")
      SELECT gen_random_uuid()::text, created."id", paper."id", 1, '', now() FROM created, paper
    )
    SELECT ${ownedCollectionColumns} FROM created`;
  return rows[0] ? { status: "ok", collection: toOwnedCollection(rows[0]) } : { status: "no-paper" };
}
