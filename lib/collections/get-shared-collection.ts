import "server-only";
import type { CollectionWithItems } from "@/lib/collections/collection-view";
import { readCollection } from "@/lib/collections/read-collection";
import { isShareTokenShape } from "@/lib/collections/share-token";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The collection a share link points to, for anyone holding the link; null when the token is
 * unknown (regenerated, stopped, deleted) or the collection was made private since.
 */
export async function getSharedCollection(token: string): Promise<CollectionWithItems | null> {
  if (!isShareTokenShape(token)) return null;
  const found = await readCollection(Prisma.sql`c."shareToken" = ${token} AND c."visibility" <> 'PRIVATE'`);
  if (!found) return null;
  const { shareToken: _token, ...collection } = found;
  return collection;
}
