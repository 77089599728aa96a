import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readFromReplica } from "@/lib/replicas/read-from-replica";
import type { SitemapEntry } from "@/lib/sitemap/plan-sitemap";

/**
 * The first id of each sitemap file of papers, `pageSize` papers a file, in id order. One scan of the
 * primary key's index numbers the rows, so every file is then read as a range of ids (keyset, never
 * OFFSET), and its address stays a small page number that nobody can vary into new cache entries.
 */
export async function listPaperPageStarts(pageSize: number): Promise<string[]> {
  const query = Prisma.sql`
    SELECT "id" FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "Paper") AS numbered
    WHERE (n - 1) % ${pageSize} = 0
    ORDER BY "id"`;
  const rows = await readFromReplica("fresh", (db) => db.$queryRaw<{ id: string }[]>(query));
  return rows.map((row) => row.id);
}

/** The paper pages whose ids are in [start, end), at most `limit`, with when each paper last changed. */
export async function listPaperEntries(start: string, end: string | null, limit: number): Promise<SitemapEntry[]> {
  const rows = await readFromReplica("fresh", (db) =>
    db.paper.findMany({
      where: { id: end === null ? { gte: start } : { gte: start, lt: end } },
      orderBy: { id: "asc" },
      take: limit,
      select: { slug: true, updatedAt: true },
    }),
  );
  return rows.map((row) => ({ path: `/papers/${encodeURIComponent(row.slug)}`, lastModified: row.updatedAt.toISOString() }));
}
