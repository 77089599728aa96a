import type { CommentNode } from "@/lib/api/comments-schemas";
import { buildThread } from "@/lib/comments/build-thread";
import { READABLE_DEPTH, type CommentSort } from "@/lib/comments/comment-limits";
import type { CommentRow } from "@/lib/comments/comment-row";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * One comment of a paper and everything under it ("Continue this thread"), nested to the readable
 * depth from that comment; null when the paper has no such (visible) comment or nothing is left
 * to read in it.
 */
export async function findCommentSubthread(
  db: PrismaClient,
  paperId: string,
  commentId: string,
  sort: CommentSort,
): Promise<CommentNode | null> {
  const rows = await db.$queryRaw<CommentRow[]>`
    SELECT c."id", c."paperId", c."parentId", c."rootId", c."depth", c."authorId", u."username", u."name", c."bodyHtml",
           c."createdAt", c."editedAt", c."deletedAt", c."upvotes"
    FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."authorId"
    WHERE c."paperId" = ${paperId} AND c."hiddenAt" IS NULL
      AND c."rootId" = (SELECT coalesce("rootId", "id") FROM "Comment" WHERE "id" = ${commentId} AND "paperId" = ${paperId})
       OR c."id" = ${commentId} AND c."paperId" = ${paperId} AND c."hiddenAt" IS NULL`;
  const root = rows.find((row) => row.id === commentId);
  if (!root) return null;
  return buildThread([root], rows, sort, READABLE_DEPTH)[0] ?? null;
}
