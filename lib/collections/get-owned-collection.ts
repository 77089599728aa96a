import "server-only";
import type { CollectionWithItems, OwnedCollection } from "@/lib/collections/collection-view";
import { readCollection } from "@/lib/collections/read-collection";
import { Prisma } from "@/lib/generated/prisma/client";

/** One of the person's collections with its items in order; null when it is not theirs. */
export function getOwnedCollection(userId: string, collectionId: string): Promise<CollectionWithItems<OwnedCollection> | null> {
  return readCollection(Prisma.sql`c."id" = ${collectionId} AND c."ownerId" = ${userId}`);
}
