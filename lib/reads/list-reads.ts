import "server-only";
import type { ReadPage } from "@/lib/api/reads-schemas";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/keyset-cursor";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";

type Row = Parameters<typeof toPaperSummary>[0] & { readAt: Date };

/**
 * One page of what the person has read, last read first. Scoped by the person in the query; the
 * row comparison on (readAt, paperId) walks the index of the same columns from the cursor on.
 * "PaperRead" has no column named like the summary's, so those need no table prefix. Read on the
 * primary: it is per person and follows their own marks.
 */
export async function listReads(userId: string, options: { limit: number; cursor?: string | null }): Promise<ReadPage> {
  const cursor = options.cursor ? decodeKeysetCursor(options.cursor, null, "date") : null;
  const after = cursor ? Prisma.sql`AND (r."readAt", r."paperId") < (${new Date(cursor.key)}::timestamp, ${cursor.id})` : Prisma.empty;
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT r."readAt", ${paperSummaryColumns}
    FROM "PaperRead" r JOIN "Paper" p ON p."id" = r."paperId"
    WHERE r."userId" = ${userId} ${after}
    ORDER BY r."readAt" DESC, r."paperId" DESC
    LIMIT ${options.limit + 1}`;
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > options.limit && last ? encodeKeysetCursor({ sort: null, key: last.readAt.toISOString(), id: last.id }) : null;
  return { reads: page.map((row) => ({ readAt: row.readAt.toISOString(), paper: toPaperSummary(row) })), nextCursor };
}
