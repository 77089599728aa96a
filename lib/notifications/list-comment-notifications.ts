import type { CommentNotificationKind, PrismaClient } from "@/lib/generated/prisma/client";

export type CommentNotificationView = {
  id: string;
  kind: CommentNotificationKind;
  commentId: string;
  /** Who wrote the comment: their name, or their username. */
  actor: string;
  paperTitle: string;
  paperSlug: string;
  /** The comment as stored (sanitised when written); emails reduce it to plain text. */
  bodyHtml: string;
  createdAt: Date;
  read: boolean;
};

type Row = Omit<CommentNotificationView, "actor"> & { username: string | null; name: string | null; authorId: string | null };

/**
 * A person's notifications about comments, newest first; scoped by the person in the query. Those
 * whose comment was deleted or hidden since are left out: there is nothing to read there.
 * `batchId` narrows it to one email's batch.
 */
export async function listCommentNotifications(
  db: PrismaClient,
  userId: string,
  options: { limit?: number; batchId?: string } = {},
): Promise<CommentNotificationView[]> {
  const batchId = options.batchId ?? null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT n."id", n."kind", n."commentId", n."createdAt", n."readAt" IS NOT NULL AS "read",
           p."title" AS "paperTitle", p."slug" AS "paperSlug", c."bodyHtml", c."authorId", u."username", u."name"
    FROM "CommentNotification" n
    JOIN "Comment" c ON c."id" = n."commentId"
    JOIN "Paper" p ON p."id" = c."paperId"
    LEFT JOIN "User" u ON u."id" = c."authorId"
    WHERE n."userId" = ${userId} AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL
      AND (${batchId}::text IS NULL OR n."emailBatchId" = ${batchId})
    ORDER BY n."createdAt" DESC, n."id" DESC
    LIMIT ${options.limit ?? 100}`;
  return rows.map(({ username, name, authorId, ...row }) => ({
    ...row,
    actor: name?.trim() || username || authorId || "Someone",
  }));
}
