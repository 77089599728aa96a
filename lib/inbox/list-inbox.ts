import { toAlertRef } from "@/lib/alerts/alert-view";
import type { CommentInboxEntry, InboxEntry, PaperInboxEntry } from "@/lib/api/alerts-schemas";
import { Prisma, type AlertKind, type CommentNotificationKind, type PrismaClient } from "@/lib/generated/prisma/client";
import { encodeInboxCursor, type InboxKey, kindBound, mergeInboxPage } from "@/lib/inbox/inbox-cursor";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";

export const INBOX_PAGE_SIZE = 50;

export type InboxListing = { entries: InboxEntry[]; nextCursor: string | null };

type Keyed<T> = InboxKey & { entry: T };

type PaperRow = Parameters<typeof toPaperSummary>[0] & {
  matchedAt: Date;
  read: boolean;
  alerts: { id: string; kind: AlertKind; query: string; hasCode: boolean }[];
};

type CommentRow = {
  id: string;
  reason: CommentNotificationKind;
  commentId: string;
  createdAt: Date;
  read: boolean;
  paperTitle: string;
  paperSlug: string;
  authorId: string | null;
  username: string | null;
  name: string | null;
};

/**
 * `time`/`id` after the cursor for one kind. Ids compare in the "C" collation, as the merge
 * compares them in JavaScript; a database's own collation may order mixed-case ids otherwise.
 */
function after(cursor: InboxKey | null, kind: InboxKey["kind"], time: Prisma.Sql, id: Prisma.Sql): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const bound = kindBound(cursor, kind);
  const at = Prisma.sql`${bound.at}::timestamp`;
  if (bound.sameTime !== "below") return bound.sameTime === "all" ? Prisma.sql`${time} <= ${at}` : Prisma.sql`${time} < ${at}`;
  return Prisma.sql`(${time} < ${at} OR (${time} = ${at} AND ${id} COLLATE "C" < ${bound.idBelow}))`;
}

/**
 * Matched papers, one entry per paper however many of the person's alerts matched it, keyed by
 * its newest match. The bound is on that newest match, so it goes in HAVING.
 */
async function readPapers(db: PrismaClient, userId: string, cursor: InboxKey | null, take: number): Promise<Keyed<PaperInboxEntry>[]> {
  const rows = await db.$queryRaw<PaperRow[]>`
    SELECT ${paperSummaryColumns}, m."matchedAt", m."read", m."alerts"
    FROM (
      SELECT i."paperId", max(i."createdAt") AS "matchedAt", bool_and(i."readAt" IS NOT NULL) AS "read",
        json_agg(json_build_object('id', a."id", 'kind', a."kind", 'query', a."query", 'hasCode', a."hasCode") ORDER BY a."createdAt") AS "alerts"
      FROM "InboxItem" i JOIN "Alert" a ON a."id" = i."alertId"
      WHERE i."userId" = ${userId}
      GROUP BY i."paperId"
      HAVING ${after(cursor, "paper", Prisma.sql`max(i."createdAt")`, Prisma.sql`i."paperId"`)}
      ORDER BY "matchedAt" DESC, i."paperId" COLLATE "C" DESC
      LIMIT ${take}
    ) m JOIN "Paper" p ON p."id" = m."paperId"
    -- The subquery's columns are named apart from the paper's, so the paper's go unqualified.
    ORDER BY m."matchedAt" DESC, p."id" COLLATE "C" DESC`;
  return rows.map(({ matchedAt, read, alerts, ...paper }) => ({
    createdAt: matchedAt,
    kind: "paper",
    id: paper.id,
    entry: {
      kind: "paper",
      id: paper.id,
      createdAt: matchedAt.toISOString(),
      read,
      paper: toPaperSummary(paper),
      alerts: alerts.map(toAlertRef),
    },
  }));
}

/** Notifications whose comment is still there to read (not deleted, not hidden). */
async function readComments(db: PrismaClient, userId: string, cursor: InboxKey | null, take: number): Promise<Keyed<CommentInboxEntry>[]> {
  const rows = await db.$queryRaw<CommentRow[]>`
    SELECT n."id", n."kind" AS "reason", n."commentId", n."createdAt", n."readAt" IS NOT NULL AS "read",
           p."title" AS "paperTitle", p."slug" AS "paperSlug", c."authorId", u."username", u."name"
    FROM "CommentNotification" n
    JOIN "Comment" c ON c."id" = n."commentId"
    JOIN "Paper" p ON p."id" = c."paperId"
    LEFT JOIN "User" u ON u."id" = c."authorId"
    WHERE n."userId" = ${userId} AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL
      AND ${after(cursor, "comment", Prisma.sql`n."createdAt"`, Prisma.sql`n."id"`)}
    ORDER BY n."createdAt" DESC, n."id" COLLATE "C" DESC
    LIMIT ${take}`;
  return rows.map(({ username, name, authorId, createdAt, ...row }) => ({
    createdAt,
    kind: "comment",
    id: row.id,
    entry: { kind: "comment", ...row, createdAt: createdAt.toISOString(), actor: name?.trim() || username || authorId || "Someone" },
  }));
}

/**
 * One page of a person's inbox, both kinds newest first (lib/inbox/inbox-cursor.ts says the
 * order), after `cursor` (a decoded nextCursor; null for the first page). Each kind is read for
 * at most limit + 1 entries, which is enough to fill the page and know whether another follows.
 * Scoped by the person in each query: no one else's entries, whatever the cursor says.
 */
export async function listInbox(
  db: PrismaClient,
  userId: string,
  options: { limit?: number; cursor?: InboxKey | null } = {},
): Promise<InboxListing> {
  const limit = options.limit ?? INBOX_PAGE_SIZE;
  const cursor = options.cursor ?? null;
  const [papers, comments] = await Promise.all([readPapers(db, userId, cursor, limit + 1), readComments(db, userId, cursor, limit + 1)]);
  const page = mergeInboxPage<Keyed<InboxEntry>>([comments, papers], limit);
  return { entries: page.entries.map((item) => item.entry), nextCursor: page.next && encodeInboxCursor(page.next) };
}
