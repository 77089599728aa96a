import "server-only";
import type { OwnedCollection } from "@/lib/api/collections-schemas";
import { newCollectionId, ownedCollectionColumns, toOwnedCollection, type OwnedCollectionRow } from "@/lib/collections/rows";
import { isShareTokenShape, newShareToken } from "@/lib/collections/sharing";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { COLLECTIONS_PER_PERSON_MAX, type CollectionVisibility, type UpdateCollectionInput } from "@/lib/validations/collection";

// Writes on a collection itself (its items are lib/collections/items.ts). Each is one statement
// whose WHERE names the owner, so a collection that is not the person's is never touched.

export type CreateCollectionResult = { status: "ok"; collection: OwnedCollection } | { status: "no-paper" } | { status: "too-many" };

/**
 * Runs `write` only while the person has fewer than COLLECTIONS_PER_PERSON_MAX collections. The
 * person's row is locked first, so two creates at once count one after the other (a count inside
 * one statement would read a snapshot taken before the other's insert committed).
 */
async function withinCollectionCap<T>(userId: string, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | "too-many"> {
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const owned = await tx.collection.count({ where: { ownerId: userId } });
    return owned >= COLLECTIONS_PER_PERSON_MAX ? "too-many" : write(tx);
  });
}

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
  const rows = await withinCollectionCap(
    userId,
    (tx) => tx.$queryRaw<OwnedCollectionRow[]>`
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
    SELECT ${ownedCollectionColumns} FROM created`,
  );
  if (rows === "too-many") return { status: "too-many" };
  return rows[0] ? { status: "ok", collection: toOwnedCollection(rows[0]) } : { status: "no-paper" };
}

export type CopySource = { token: string } | { collectionId: string };

/**
 * "Copy to my collections": a new private collection of the person's with the same title,
 * description, papers, order and notes, in one statement. The source must be one they can see:
 * shared by link (the token), public, or their own; anything else is null, like an unknown one.
 */
export async function copyCollection(userId: string, source: CopySource): Promise<OwnedCollection | null | "too-many"> {
  let visible: Prisma.Sql;
  if ("token" in source) {
    if (!isShareTokenShape(source.token)) return null;
    visible = Prisma.sql`"shareToken" = ${source.token} AND "visibility" <> 'PRIVATE'`;
  } else {
    visible = Prisma.sql`"id" = ${source.collectionId} AND ("visibility" = 'PUBLIC' OR "ownerId" = ${userId})`;
  }
  const rows = await withinCollectionCap(
    userId,
    (tx) => tx.$queryRaw<OwnedCollectionRow[]>`
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
    SELECT ${ownedCollectionColumns} FROM created`,
  );
  if (rows === "too-many") return "too-many";
  return rows[0] ? toOwnedCollection(rows[0]) : null;
}

export type UpdateCollectionResult = { collection: OwnedCollection; previousVisibility: CollectionVisibility } | null;

/**
 * Renames, describes or changes the visibility of one of the person's collections. Visibility and
 * the share link move together: private means no link works (the token is dropped), unlisted
 * means the link is the way in (one is made if missing), public keeps whatever link there is.
 */
export async function updateCollection(
  userId: string,
  collectionId: string,
  input: UpdateCollectionInput,
): Promise<UpdateCollectionResult> {
  const visibility = input.visibility ?? null;
  const rows = await getDb().$queryRaw<(OwnedCollectionRow & { previousVisibility: CollectionVisibility })[]>`
    UPDATE "Collection" AS c SET
      "title" = coalesce(${input.title ?? null}::text, c."title"),
      "description" = coalesce(${input.description ?? null}::text, c."description"),
      "visibility" = coalesce(CAST(${visibility}::text AS "Visibility"), c."visibility"),
      "shareToken" = CASE ${visibility}::text
        WHEN 'PRIVATE' THEN NULL
        WHEN 'UNLISTED' THEN coalesce(c."shareToken", ${newShareToken()})
        ELSE c."shareToken" END,
      "updatedAt" = now()
    FROM (SELECT "id", "visibility" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId}) AS previous
    WHERE c."id" = previous."id"
    RETURNING c."id", c."title", c."description", c."visibility"::text AS "visibility", c."isDefault", c."itemCount",
              c."createdAt", c."updatedAt", c."shareToken", previous."visibility"::text AS "previousVisibility"`;
  const row = rows[0];
  if (!row) return null;
  const { previousVisibility, ...collection } = row;
  return { collection: toOwnedCollection(collection), previousVisibility };
}

/**
 * Deletes one of the person's collections and its items (the papers stay). Returns what it was,
 * or null when there was no such collection of theirs.
 */
export async function deleteCollection(userId: string, collectionId: string): Promise<{ visibility: CollectionVisibility } | null> {
  const rows = await getDb().$queryRaw<{ visibility: CollectionVisibility }[]>`
    DELETE FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    RETURNING "visibility"::text AS "visibility"`;
  return rows[0] ?? null;
}
