import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { encodeKeysetCursor, type KeysetCursor } from "@/lib/keyset-cursor";
import { HAS_CODE_SQL } from "@/lib/papers/list-papers";
import type { SearchSort } from "@/lib/search/search-sort";

/**
 * How many papers, in the order of a sort's index, are checked one by one before asking the
 * full-text index instead. Checking a row costs a few microseconds; asking the GIN index costs
 * about as much per matching row, and for a word in half the papers that is far too many rows.
 * A word that matches a page within this window is common: reading the sort's index and checking
 * rows finds the page quickly. One that does not is rare enough for the GIN index.
 */
export const SEARCH_WINDOW = 3000;
/** At most this many matches are ranked by relevance: the most trending ones. */
export const RELEVANCE_CANDIDATES = 500;
/** A query matching this many of the SEARCH_WINDOW most trending papers ranks just those. */
const COMMON_MATCHES = 21;

type SearchCursor = KeysetCursor<SearchSort>;

export type MatchPage = { ids: string[]; nextCursor: string | null; approximate: boolean };

type Keyed = { id: string; key: number | Date };

const sortColumn = { new: Prisma.raw(`"listedAt"`), top: Prisma.raw(`"upvotes"`) } as const;

function cursorKey(cursor: SearchCursor): Prisma.Sql {
  return cursor.sort === "new" ? Prisma.sql`${new Date(cursor.key)}::timestamp` : Prisma.sql`${cursor.key}`;
}

function page(rows: Keyed[], sort: SearchSort, limit: number, approximate: boolean): MatchPage {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const key = (row: Keyed) => (row.key instanceof Date ? row.key.toISOString() : row.key);
  return {
    ids: shown.map((row) => row.id),
    nextCursor: rows.length > limit && last ? encodeKeysetCursor({ sort, key: key(last), id: last.id }) : null,
    approximate,
  };
}

/**
 * Newest or most upvoted matches, exactly, after the cursor. First the next SEARCH_WINDOW rows of
 * the sort's own index are checked (a common word fills the page within a few hundred rows);
 * if that does not fill a page, the GIN index finds every match, which are then few.
 */
async function findInOrder(
  db: PrismaClient,
  tsquery: Prisma.Sql,
  sort: "new" | "top",
  limit: number,
  cursor: SearchCursor | null,
  only: Prisma.Sql,
): Promise<MatchPage> {
  const column = sortColumn[sort];
  // The window is of the papers the filter keeps, so a filtered search is as exact as an unfiltered one.
  const after = cursor ? Prisma.sql`(${column}, "id") < (${cursorKey(cursor)}, ${cursor.id}) AND ${only}` : only;
  // The LIMIT inside keeps PostgreSQL from pushing the match test down into a different plan.
  const recent = await db.$queryRaw<Keyed[]>`
    SELECT "id", "key" FROM (
      SELECT "id", ${column} AS "key", "search" FROM "Paper" WHERE ${after}
      ORDER BY ${column} DESC, "id" DESC LIMIT ${SEARCH_WINDOW}
    ) AS "window"
    WHERE "search" @@ ${tsquery}
    ORDER BY "key" DESC, "id" DESC LIMIT ${limit + 1}`;
  if (recent.length > limit) return page(recent, sort, limit, false);
  // Fewer papers than the window remain after the cursor: the window saw them all.
  const [counted] = await db.$queryRaw<{ remaining: number }[]>`
    SELECT count(*)::int AS "remaining" FROM (SELECT 1 FROM "Paper" WHERE ${after} ORDER BY ${column} DESC, "id" DESC LIMIT ${SEARCH_WINDOW}) AS "window"`;
  if (counted && counted.remaining < SEARCH_WINDOW) return page(recent, sort, limit, false);
  // MATERIALIZED: without an ORDER BY ... LIMIT to satisfy, the planner reads the GIN index
  // instead of walking the sort's index for a word it wrongly believes common.
  const all = await db.$queryRaw<Keyed[]>`
    WITH "matches" AS MATERIALIZED (
      SELECT "id", ${column} AS "key" FROM "Paper" WHERE "search" @@ ${tsquery} AND ${after}
    )
    SELECT "id", "key" FROM "matches" ORDER BY "key" DESC, "id" DESC LIMIT ${limit + 1}`;
  return page(all, sort, limit, false);
}

/**
 * Best matches first (ts_rank: title over authors over abstract). Ranking reads every candidate's
 * tsvector, so only a bounded set is ranked: a query common among the most trending papers ranks
 * its matches among them (the cheap key is the trending order), a rarer one ranks its
 * RELEVANCE_CANDIDATES most trending matches, usually all of them.
 */
async function findByRelevance(
  db: PrismaClient,
  tsquery: Prisma.Sql,
  limit: number,
  cursor: SearchCursor | null,
  only: Prisma.Sql,
): Promise<MatchPage> {
  let candidates = await db.$queryRaw<{ id: string; key: number }[]>`
    SELECT "id", ts_rank("search", ${tsquery})::float8 AS "key" FROM (
      SELECT "id", "search" FROM (
        SELECT "id", "score", "search" FROM "Paper" WHERE ${only} ORDER BY "score" DESC, "id" DESC LIMIT ${SEARCH_WINDOW}
      ) AS "trending"
      WHERE "search" @@ ${tsquery}
      ORDER BY "score" DESC, "id" DESC LIMIT ${RELEVANCE_CANDIDATES}
    ) AS "candidates"`;
  let approximate = candidates.length >= COMMON_MATCHES;
  if (!approximate) {
    candidates = await db.$queryRaw<{ id: string; key: number }[]>`
      WITH "matches" AS MATERIALIZED (SELECT "id", "score", "search" FROM "Paper" WHERE "search" @@ ${tsquery} AND ${only})
      SELECT "id", ts_rank("search", ${tsquery})::float8 AS "key" FROM (
        SELECT "id", "search" FROM "matches" ORDER BY "score" DESC, "id" DESC LIMIT ${RELEVANCE_CANDIDATES}
      ) AS "candidates"`;
    approximate = candidates.length >= RELEVANCE_CANDIDATES;
  }
  // float8 keys survive JSON exactly, so the cursor comparison below is exact.
  const ordered = candidates
    .sort((a, b) => b.key - a.key || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .filter((row) => !cursor || row.key < (cursor.key as number) || (row.key === cursor.key && row.id < cursor.id));
  return page(ordered, "relevance", limit, approximate);
}

/**
 * The ids of one page of matches of `tsquery`, in the order of `sort`, after `cursor`; with
 * `hasCode`, only papers with a code link.
 */
export function findMatches(
  db: PrismaClient,
  tsquery: Prisma.Sql,
  sort: SearchSort,
  limit: number,
  cursor: SearchCursor | null,
  hasCode = false,
): Promise<MatchPage> {
  const only = hasCode ? HAS_CODE_SQL : Prisma.sql`TRUE`;
  return sort === "relevance" ? findByRelevance(db, tsquery, limit, cursor, only) : findInOrder(db, tsquery, sort, limit, cursor, only);
}
