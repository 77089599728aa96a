import "server-only";
import { toOwner } from "@/lib/collections/rows";
import { isShareTokenShape } from "@/lib/collections/sharing";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isIdShape } from "@/lib/validations/collection";

/** What a collection's social card shows: a few columns, never its items. */
export type CollectionCardData = { title: string; ownerName: string; itemCount: number };

async function findCard(where: Prisma.CollectionWhereInput): Promise<CollectionCardData | null> {
  const row = await getDb().collection.findFirst({
    where,
    select: { title: true, itemCount: true, owner: { select: { id: true, username: true, name: true } } },
  });
  return row && { title: row.title, ownerName: toOwner(row.owner).name, itemCount: row.itemCount };
}

/** The card of the collection a live share link points to (the same rule as getSharedCollection). */
export function getSharedCollectionCard(token: string): Promise<CollectionCardData | null> {
  return isShareTokenShape(token) ? findCard({ shareToken: token, visibility: { not: "PRIVATE" } }) : Promise.resolve(null);
}

/** The card of a public collection (the same rule as getPublicCollection). */
export function getPublicCollectionCard(id: string): Promise<CollectionCardData | null> {
  return isIdShape(id) ? findCard({ id, visibility: "PUBLIC" }) : Promise.resolve(null);
}
