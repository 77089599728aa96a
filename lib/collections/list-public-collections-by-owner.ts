import "server-only";
import { unstable_cache } from "next/cache";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/collections/cache-tags";
import { getDb } from "@/lib/db";

export type ProfileCollection = { id: string; title: string; description: string; itemCount: number; updatedAt: string };

/** A person's public collections (by username), for their profile page. Cached like the other public lists. */
export const listPublicCollectionsByOwner = unstable_cache(
  async (username: string): Promise<ProfileCollection[]> => {
    const rows = await getDb().collection.findMany({
      where: { owner: { username }, visibility: "PUBLIC" },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 100,
      select: { id: true, title: true, description: true, itemCount: true, updatedAt: true },
    });
    return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
  },
  ["public-collections-by-owner"],
  { tags: [PUBLIC_COLLECTIONS_TAG], revalidate: 3600 },
);
