import "server-only";
import { toOwnedCollection, type OwnedCollection } from "@/lib/collections/collection-view";
import { type OwnedCollectionRow } from "@/lib/collections/owned-collection-row";
import { newShareToken } from "@/lib/collections/share-token";
import { getDb } from "@/lib/db";
import type { CollectionVisibility, UpdateCollectionInput } from "@/lib/validations/collection";

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
