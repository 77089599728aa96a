import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readFromReplica } from "@/lib/replicas/read-from-replica";
import type { SitemapEntry } from "@/lib/sitemap/plan-sitemap";

// Public collections only: private ones are their owner's, and unlisted ones are reached through a
// share link, which is a secret. Both keep to the same order as listPaperPageStarts and listPaperEntries.

/** The first id of each sitemap file of public collections, `pageSize` a file (see listPaperPageStarts). */
export async function listPublicCollectionPageStarts(pageSize: number): Promise<string[]> {
  const query = Prisma.sql`
    SELECT "id" FROM (
      SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "Collection" WHERE "visibility" = 'PUBLIC'
    ) AS numbered
    WHERE (n - 1) % ${pageSize} = 0
    ORDER BY "id"`;
  const rows = await readFromReplica("fresh", (db) => db.$queryRaw<{ id: string }[]>(query));
  return rows.map((row) => row.id);
}

/** The public collections' pages whose ids are in [start, end), at most `limit`. */
export async function listPublicCollectionEntries(start: string, end: string | null, limit: number): Promise<SitemapEntry[]> {
  const rows = await readFromReplica("fresh", (db) =>
    db.collection.findMany({
      where: { visibility: "PUBLIC", id: end === null ? { gte: start } : { gte: start, lt: end } },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true, updatedAt: true },
    }),
  );
  return rows.map((row) => ({ path: `/collections/${row.id}`, lastModified: row.updatedAt.toISOString() }));
}
