import "server-only";
import type { SearchResult } from "@/lib/api/papers-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, type KeysetCursor } from "@/lib/keyset-cursor";
import { readFromReplica } from "@/lib/replicas/read-from-replica";
import { buildSearchQuery, type SearchQuery } from "@/lib/search/build-search-query";
import { correctSpelling } from "@/lib/search/correct-spelling";
import { findMatches } from "@/lib/search/find-matches";
import { findSimilarTitles } from "@/lib/search/find-similar-titles";
import { getSearchHits } from "@/lib/search/get-search-hits";
import { highlightSimilarWords } from "@/lib/search/highlight";
import type { SearchSort } from "@/lib/search/search-sort";
import { tsquerySql } from "@/lib/search/tsquery-sql";

export type SearchOptions = { q: string; sort: SearchSort; limit: number; cursor?: string | null; hasCode?: boolean };

const NOTHING: SearchResult = { papers: [], nextCursor: null, fallback: null, suggestion: null, approximate: false };

/**
 * Full-text search over titles, authors and abstracts, highlighted. When the query matches
 * nothing, its misspelled words are corrected ("did you mean": `fallback: "corrected"`); when
 * that matches nothing either, titles similar to its unknown words are shown (`"similar"`).
 * Fallbacks apply to the first page only and have no further pages. A cursor that is not one
 * of this sort's throws InvalidCursorError (a 400). `hasCode` keeps only papers with a code link,
 * in every step. Made afresh for each request, and public: on a replica, which may lag by
 * seconds ("recent"); every step reads the same one.
 */
export async function searchPapers({ q, sort, limit, cursor = null, hasCode = false }: SearchOptions): Promise<SearchResult> {
  // For relevance the key is the rank, a float8 that survives JSON exactly.
  const after = cursor ? decodeKeysetCursor(cursor, sort, sort === "new" ? "date" : "number") : null;
  return readFromReplica("recent", (db) => search(db, buildSearchQuery(q), sort, limit, after, hasCode));
}

async function search(
  db: PrismaClient,
  query: SearchQuery,
  sort: SearchSort,
  limit: number,
  after: KeysetCursor<SearchSort> | null,
  hasCode: boolean,
): Promise<SearchResult> {
  const tsquery = tsquerySql(query);
  if (tsquery) {
    const matches = await findMatches(db, tsquery, sort, limit, after, hasCode);
    if (matches.ids.length > 0 || after) {
      return {
        ...NOTHING,
        papers: await getSearchHits(db, matches.ids, tsquery),
        nextCursor: matches.nextCursor,
        approximate: matches.approximate,
      };
    }
  }
  if (query.words.length === 0) return NOTHING;

  const { suggestion, unknown } = await correctSpelling(db, query);
  const corrected = suggestion ? tsquerySql(buildSearchQuery(suggestion)) : null;
  if (suggestion && corrected) {
    const matches = await findMatches(db, corrected, sort, limit, null, hasCode);
    if (matches.ids.length > 0) {
      return {
        ...NOTHING,
        papers: await getSearchHits(db, matches.ids, corrected),
        fallback: "corrected",
        suggestion,
        approximate: matches.approximate,
      };
    }
  }

  // Only words no title contains: their trigrams are rare in titles, which keeps this index scan
  // short (known words, like "model", share trigrams with a large part of all titles).
  const similar = await getSearchHits(db, await findSimilarTitles(db, unknown.join(" "), limit, hasCode), null);
  if (similar.length === 0) return NOTHING;
  const papers = similar.map((paper) => ({
    ...paper,
    highlight: { ...paper.highlight, title: highlightSimilarWords(paper.title, unknown) },
  }));
  return { ...NOTHING, papers, fallback: "similar" };
}
