import "server-only";
import { getDb } from "@/lib/db";

/**
 * Papers whose title contains something like `text` (pg_trgm word similarity, the GIN trigram
 * index on title): the last resort for a query that full-text search and spelling correction
 * could not match. One page, most similar first.
 */
export async function findSimilarTitles(text: string, limit: number): Promise<string[]> {
  if (!text.trim()) return [];
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Paper" WHERE ${text} <% "title"
    ORDER BY word_similarity(${text}, "title") DESC, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
