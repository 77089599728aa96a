import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { HAS_CODE_SQL } from "@/lib/papers/list-papers";

/**
 * Papers whose title contains something like `text` (pg_trgm word similarity, the GIN trigram
 * index on title): the last resort for a query that full-text search and spelling correction
 * could not match. One page, most similar first.
 */
export async function findSimilarTitles(db: PrismaClient, text: string, limit: number, hasCode = false): Promise<string[]> {
  if (!text.trim()) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Paper" WHERE ${text} <% "title" AND ${hasCode ? HAS_CODE_SQL : Prisma.sql`TRUE`}
    ORDER BY word_similarity(${text}, "title") DESC, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
