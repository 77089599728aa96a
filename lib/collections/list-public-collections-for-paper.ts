import "server-only";
import { unstable_cache } from "next/cache";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/collections/cache-tags";
import { toOwner, type CollectionOwner } from "@/lib/collections/collection-view";
import { getDb } from "@/lib/db";

export type PublicCollectionLink = { id: string; title: string; itemCount: number; owner: CollectionOwner };

const SHOWN = 20;

/**
 * "In N collections" on a paper's page: public collections only (private and unlisted ones are
 * nobody else's business), the most recently changed first. Cached; public-collection writes
 * revalidate the tag.
 */
export const listPublicCollectionsForPaper = unstable_cache(
  async (paperId: string): Promise<{ total: number; collections: PublicCollectionLink[] }> => {
    const db = getDb();
    const where = { visibility: "PUBLIC" as const, items: { some: { paperId } } };
    const [total, rows] = await Promise.all([
      db.collection.count({ where }),
      db.collection.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        take: SHOWN,
        select: { id: true, title: true, itemCount: true, owner: { select: { id: true, username: true, name: true } } },
      }),
    ]);
    return {
      total,
      collections: rows.map((row) => ({ id: row.id, title: row.title, itemCount: row.itemCount, owner: toOwner(row.owner) })),
    };
  },
  ["public-collections-for-paper"],
  { tags: [PUBLIC_COLLECTIONS_TAG], revalidate: 3600 },
);
