import "server-only";
import { toOwnedCollection, type OwnedCollection } from "@/lib/collections/collection-view";
import { newCollectionId } from "@/lib/collections/new-id";
import { ownedCollectionColumns, type OwnedCollectionRow } from "@/lib/collections/owned-collection-row";
import { isShareTokenShape } from "@/lib/collections/share-token";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type CopySource = { token: string } | { collectionId: string };

/**
 * "Copy to my collections": a new private collection of the person's with the same title,
 * description, papers, order and notes, in one statement. The source must be one they can see:
 * shared by link (the token), public, or their own; anything else is null, like an unknown one.
 */
export async function copyCollection(userId: string, source: CopySource): Promise<OwnedCollection | null> {
  let visible: Prisma.Sql;
  if ("token" in source) {
    if (!isShareTokenShape(source.token)) return null;
    visible = Prisma.sql`"shareToken" = ${source.token} AND "visibility" <> 'PRIVATE'`;
  } else {
    visible = Prisma.sql`"id" = ${source.collectionId} AND ("visibility" = 'PUBLIC' OR "ownerId" = ${userId})`;
  }
  const rows = await getDb().$queryRaw<OwnedCollectionRow[]>`
    WITH source AS (
      SELECT "id", "title", "description" FROM "Collection" WHERE ${visible}
    ), items AS (
      SELECT "paperId", "note", row_number() OVER (ORDER BY "position", "addedAt", "id") AS n
      FROM "CollectionItem" WHERE "collectionId" IN (SELECT "id" FROM source)
    ), created AS (
      INSERT INTO "Collection" ("id", "ownerId", "title", "description", "itemCount", "updatedAt")
      SELECT ${newCollectionId()}, ${userId}, "title", "description", (SELECT count(*) FROM items)::int, now() FROM source
      RETURNING *
    ), copied AS (
      INSERT INTO "CollectionItem" ("id", "collectionId", "paperId", "note", "position", "addedAt")
      SELECT gen_random_uuid()::text, created."id", items."paperId", items."note", items.n, now() FROM created, items
    )
    SELECT ${ownedCollectionColumns} FROM created`;
  return rows[0] ? toOwnedCollection(rows[0]) : null;
}
