import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Marks one of the person's notifications read (scoped by them in the statement) and says where
 * its comment is: the paper's slug and the comment's id; null when it is not theirs or gone.
 */
export async function openCommentNotification(
  db: PrismaClient,
  userId: string,
  notificationId: string,
): Promise<{ paperSlug: string; commentId: string } | null> {
  const [row] = await db.$queryRaw<{ paperSlug: string; commentId: string }[]>`
    WITH opened AS (
      UPDATE "CommentNotification" SET "readAt" = coalesce("readAt", now() AT TIME ZONE 'UTC')
      WHERE "id" = ${notificationId} AND "userId" = ${userId}
      RETURNING "commentId"
    )
    SELECT p."slug" AS "paperSlug", c."id" AS "commentId"
    FROM opened o JOIN "Comment" c ON c."id" = o."commentId" JOIN "Paper" p ON p."id" = c."paperId"`;
  return row ?? null;
}
