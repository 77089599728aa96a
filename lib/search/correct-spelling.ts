import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/search/build-search-query";

export type SpellingCheck = {
  /** The query with its misspelled words corrected, or null when none needed or found a correction. */
  suggestion: string | null;
  /** Words of the query that no title or author name contains. */
  unknown: string[];
};

/**
 * "Did you mean": each query word that is not a known word (from titles and author names, see
 * the SearchWord table) is replaced by the most similar known word (pg_trgm similarity ≥ 0.3).
 */
export async function correctSpelling(db: PrismaClient, query: SearchQuery): Promise<SpellingCheck> {
  const words = [...new Set(query.words.map((w) => w.toLowerCase()).filter((w) => [...w].length >= 3 && !/\d/.test(w)))];
  if (words.length === 0) return { suggestion: null, unknown: [] };
  const rows = await db.$queryRaw<{ word: string; known: string | null }[]>`
    SELECT q."word", s."word" AS "known"
    FROM unnest(${words}::text[]) AS q("word")
    LEFT JOIN LATERAL (
      SELECT w."word" FROM "SearchWord" AS w WHERE w."word" % q."word"
      ORDER BY similarity(w."word", q."word") DESC, w."word" LIMIT 1
    ) AS s ON TRUE`;
  const unknown = rows.filter((r) => r.known !== r.word).map((r) => r.word);
  const corrections = new Map(rows.flatMap((r) => (r.known && r.known !== r.word ? [[r.word, r.known] as const] : [])));
  if (corrections.size === 0) return { suggestion: null, unknown };
  // Excluded words ("-word") stay as typed: correcting them could exclude what the person wants.
  const suggestion = query.text
    .split(" ")
    .map((token) =>
      token.startsWith("-") ? token : token.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.get(word.toLowerCase()) ?? word),
    )
    .join(" ");
  return { suggestion, unknown };
}
