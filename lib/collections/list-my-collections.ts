import "server-only";
import { ownedCollectionSelect, toOwnedCollection, type OwnedCollection } from "@/lib/collections/collection-view";
import { getDb } from "@/lib/db";

export type MyCollection = OwnedCollection & { hasPaper?: boolean };

/**
 * The person's collections, Reading list first, then the most recently changed. With `paperId`,
 * each says whether it holds that paper (for the "Save to…" checkboxes), in the same query.
 */
export async function listMyCollections(userId: string, paperId?: string): Promise<MyCollection[]> {
  const rows = await getDb().collection.findMany({
    where: { ownerId: userId },
    orderBy: [{ isDefault: "desc" }, { updatedAt: "desc" }, { id: "asc" }],
    select: { ...ownedCollectionSelect, items: paperId ? { where: { paperId }, select: { id: true } } : undefined },
  });
  return rows.map(({ items, ...row }) =>
    paperId ? { ...toOwnedCollection(row), hasPaper: (items?.length ?? 0) > 0 } : toOwnedCollection(row),
  );
}
