import "server-only";
import type { CollectionWithItems } from "@/lib/collections/collection-view";
import { readCollection } from "@/lib/collections/read-collection";
import { Prisma } from "@/lib/generated/prisma/client";

/** A public collection by id, for anyone; null for private and unlisted ones (they answer 404). */
export async function getPublicCollection(collectionId: string): Promise<CollectionWithItems | null> {
  const found = await readCollection(Prisma.sql`c."id" = ${collectionId} AND c."visibility" = 'PUBLIC'`);
  if (!found) return null;
  // The share link is the owner's to hand out; a public page must not leak it.
  const { shareToken: _token, ...collection } = found;
  return collection;
}
