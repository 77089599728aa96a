import "server-only";
import { unstable_cache } from "next/cache";
import type { CollectionOwner, CollectionPage, MyCollection, PublicCollection } from "@/lib/api/collections-schemas";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/cache/cache-tags";
import { ownedCollectionSelect, toOwnedCollection, toOwner } from "@/lib/collections/rows";
import { getDb } from "@/lib/db";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/keyset-cursor";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

/**
 * The lists of collections: the person's own (never cached, on the primary), and the public ones,
 * which are cached and revalidated by PUBLIC_COLLECTIONS_TAG whenever a public collection changes,
 * and so read on a replica only once it has caught up with the primary ("fresh").
 */

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

/** Items shown per collection in the public listing; `itemCount` says how many there are in all. */
export const PUBLIC_COLLECTION_ITEMS = 100;

/** Public collections, most recently changed first, with their papers' ids and titles (GET /api/collections). */
export async function listPublicCollections(limit: number, cursor: string | null): Promise<CollectionPage> {
  // One order only, so the cursor has no sort (null).
  const after = cursor ? decodeKeysetCursor(cursor, null, "date") : null;
  const rows = await readFromReplica("fresh", (db) =>
    db.collection.findMany({
      where: {
        visibility: "PUBLIC",
        ...(after ? { OR: [{ updatedAt: { lt: new Date(after.key) } }, { updatedAt: new Date(after.key), id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: {
        id: true,
        title: true,
        description: true,
        itemCount: true,
        createdAt: true,
        updatedAt: true,
        owner: { select: { username: true, name: true } },
        items: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          take: PUBLIC_COLLECTION_ITEMS,
          select: { note: true, paper: { select: { id: true, slug: true, title: true } } },
        },
      },
    }),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    collections: page.map(({ items, createdAt, updatedAt, ...row }): PublicCollection => ({
      ...row,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      papers: items.map(({ note, paper }) => ({ ...paper, note })),
    })),
    nextCursor: rows.length > limit && last ? encodeKeysetCursor({ sort: null, key: last.updatedAt.toISOString(), id: last.id }) : null,
  };
}

export type ProfileCollection = { id: string; title: string; description: string; itemCount: number; updatedAt: string };

/** A person's public collections (by username), for their profile page. */
export const listPublicCollectionsByOwner = unstable_cache(
  async (username: string): Promise<ProfileCollection[]> => {
    const rows = await readFromReplica("fresh", (db) =>
      db.collection.findMany({
        where: { owner: { username }, visibility: "PUBLIC" },
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: 100,
        select: { id: true, title: true, description: true, itemCount: true, updatedAt: true },
      }),
    );
    return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  },
  ["public-collections-by-owner"],
  { tags: [PUBLIC_COLLECTIONS_TAG], revalidate: 3600 },
);

export type PublicCollectionLink = { id: string; title: string; itemCount: number; owner: CollectionOwner };

const SHOWN_FOR_PAPER = 20;

/**
 * "In N collections" on a paper's page: public collections only (private and unlisted ones are
 * nobody else's business), the most recently changed first.
 */
export const listPublicCollectionsForPaper = unstable_cache(
  async (paperId: string): Promise<{ total: number; collections: PublicCollectionLink[] }> => {
    const where = { visibility: "PUBLIC" as const, items: { some: { paperId } } };
    const [total, rows] = await readFromReplica("fresh", (db) =>
      Promise.all([
        db.collection.count({ where }),
        db.collection.findMany({
          where,
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          take: SHOWN_FOR_PAPER,
          select: { id: true, title: true, itemCount: true, owner: { select: { id: true, username: true, name: true } } },
        }),
      ]),
    );
    return {
      total,
      collections: rows.map((row) => ({ id: row.id, title: row.title, itemCount: row.itemCount, owner: toOwner(row.owner) })),
    };
  },
  ["public-collections-for-paper"],
  { tags: [PUBLIC_COLLECTIONS_TAG], revalidate: 3600 },
);
