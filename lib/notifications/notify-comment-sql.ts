import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The inbox entries a new comment makes, as CTEs that join post-comment.ts's statement: so they are
 * written in the same statement as the comment, or not at all. It reads that statement's `inserted`
 * (the new row) and `parent` (the comment replied to, with its author). The parent's author gets a
 * REPLY; the paper's submitter gets a PAPER_COMMENT for a top-level comment; never the comment's
 * own author; the key (person, comment) makes it once, and a submitter who is also the parent's
 * author gets the REPLY alone.
 */
export function notifyCommentSql(authorId: string): Prisma.Sql {
  return Prisma.sql`, notified AS (
      INSERT INTO "CommentNotification" ("id", "userId", "commentId", "kind", "createdAt")
      SELECT DISTINCT ON (t."userId") gen_random_uuid()::text, t."userId", t."commentId", t."kind"::"CommentNotificationKind", t."createdAt"
      FROM (
        SELECT parent."authorId" AS "userId", i."id" AS "commentId", 'REPLY' AS "kind", 0 AS "rank", i."createdAt"
        FROM inserted i JOIN parent ON parent."id" = i."parentId"
        UNION ALL
        SELECT p."submittedById", i."id", 'PAPER_COMMENT', 1, i."createdAt"
        FROM inserted i JOIN "Paper" p ON p."id" = i."paperId"
        WHERE i."parentId" IS NULL
      ) t
      WHERE t."userId" IS NOT NULL AND t."userId" <> ${authorId}
      ORDER BY t."userId", t."rank"
      ON CONFLICT ("userId", "commentId") DO NOTHING
    )`;
}
