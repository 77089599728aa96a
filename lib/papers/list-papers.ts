import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeFeedCursor, encodeFeedCursor, type FeedCursor } from "@/lib/papers/feed-cursor";
import type { FeedSort } from "@/lib/papers/feed-sort";
import { paperSummaryColumns, toPaperSummary, type PaperSummary } from "@/lib/papers/paper-summary";

export type PaperPage = { papers: PaperSummary[]; nextCursor: string | null };

type Row = Parameters<typeof toPaperSummary>[0] & { score: number };

// Each sort reads one composite index (key DESC, id DESC); the row comparison below is what
// lets PostgreSQL start the index scan right after the cursor instead of filtering from the top.
const sortColumn: Record<FeedSort, Prisma.Sql> = {
  trending: Prisma.raw(`"score"`),
  top: Prisma.raw(`"upvotes"`),
  new: Prisma.raw(`"listedAt"`),
};

function cursorKey(sort: FeedSort, row: Row): number | string {
  if (sort === "trending") return row.score;
  if (sort === "top") return row.upvotes;
  return row.listedAt.toISOString();
}

function cursorValue(cursor: FeedCursor): Prisma.Sql {
  return cursor.sort === "new" ? Prisma.sql`${new Date(cursor.key)}::timestamp` : Prisma.sql`${cursor.key}`;
}

/** One page of the feed in the given order; `cursor` is the opaque `nextCursor` of the page before. */
export async function listPapers(options: { sort: FeedSort; limit: number; cursor?: string | null }): Promise<PaperPage> {
  const { sort, limit } = options;
  const cursor = options.cursor ? decodeFeedCursor(options.cursor, sort) : null;
  if (options.cursor && !cursor) throw new InvalidCursorError();
  const column = sortColumn[sort];
  const after = cursor ? Prisma.sql`WHERE (${column}, "id") < (${cursorValue(cursor)}, ${cursor.id})` : Prisma.empty;
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT ${paperSummaryColumns}, "score" FROM "Paper" ${after}
    ORDER BY ${column} DESC, "id" DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeFeedCursor({ sort, key: cursorKey(sort, last), id: last.id }) : null;
  return { papers: page.map(toPaperSummary), nextCursor };
}

export class InvalidCursorError extends Error {
  constructor() {
    super("cursor is not valid for this sort; use the nextCursor of a previous page");
  }
}
