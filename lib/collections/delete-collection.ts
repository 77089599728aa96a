import "server-only";
import { getDb } from "@/lib/db";
import type { CollectionVisibility } from "@/lib/validations/collection";

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
