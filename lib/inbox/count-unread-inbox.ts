import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Unread entries of a person's inbox: papers their alerts matched (a paper two alerts matched
 * counts once) and replies and comments on their papers (lib/notifications/) whose comment is
 * still there to read.
 */
export async function countUnreadInbox(db: PrismaClient, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT (SELECT count(DISTINCT "paperId")::int FROM "InboxItem" WHERE "userId" = ${userId} AND "readAt" IS NULL)
         + (SELECT count(*)::int FROM "CommentNotification" n JOIN "Comment" c ON c."id" = n."commentId"
            WHERE n."userId" = ${userId} AND n."readAt" IS NULL AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL) AS "unread"`;
  return row?.unread ?? 0;
}
