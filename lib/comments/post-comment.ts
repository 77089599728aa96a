import "server-only";
import type { CommentNode } from "@/lib/api/comments-schemas";
import { sqlTime } from "@/lib/comments/comment-time";
import { newCommentId } from "@/lib/comments/new-comment-id";
import { renderComment } from "@/lib/comments/render-comment";
import { toCommentNode, type CommentRow } from "@/lib/comments/comment-row";
import { getDb } from "@/lib/db";
import { notifyCommentSql } from "@/lib/notifications/notify-comment-sql";

export type PostCommentResult =
  { status: "ok"; comment: CommentNode; paperId: string; commentCount: number } | { status: "no-paper" } | { status: "no-parent" };

type Inserted = CommentRow & { commentCount: number | null; paperExists: boolean };

/**
 * Posts a comment, or a reply to `parentId`, rendered once here (bodyHtml). One statement: the
 * parent must be on the same paper and neither deleted nor hidden (read `FOR SHARE`, so a delete
 * or hide running at the same moment is waited for and then re-checked, never missed), the row is
 * inserted with its depth and thread root taken from that parent, and the paper's commentCount
 * moves only when a row was inserted, so 100 people posting at once give exactly 100 more.
 * The inbox entries it makes (lib/notifications/) are written by the same statement.
 */
export async function postComment(
  input: { paperId: string; authorId: string; body: string; parentId?: string | null },
  now: Date = new Date(),
): Promise<PostCommentResult> {
  const parentId = input.parentId ?? null;
  const id = newCommentId(now);
  const bodyHtml = renderComment(input.body);
  const rows = await getDb().$queryRaw<Inserted[]>`
    WITH parent AS (
      SELECT "id", "rootId", "depth", "authorId" FROM "Comment"
      WHERE "id" = ${parentId} AND "paperId" = ${input.paperId} AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
      FOR SHARE
    ), inserted AS (
      INSERT INTO "Comment" ("id", "paperId", "authorId", "parentId", "rootId", "depth", "body", "bodyHtml", "createdAt")
      SELECT ${id}, p."id", ${input.authorId}, parent."id", coalesce(parent."rootId", parent."id"), coalesce(parent."depth" + 1, 0),
             ${input.body}, ${bodyHtml}, ${sqlTime(now)}
      FROM "Paper" p LEFT JOIN parent ON true
      WHERE p."id" = ${input.paperId} AND (${parentId}::text IS NULL OR parent."id" IS NOT NULL)
      RETURNING *
    ), counted AS (
      UPDATE "Paper" SET "commentCount" = "commentCount" + 1
      WHERE "id" IN (SELECT "paperId" FROM inserted)
      RETURNING "commentCount"
    )${notifyCommentSql(input.authorId)}
    SELECT i."id", i."paperId", i."parentId", i."rootId", i."depth", i."authorId", u."username", u."name", i."bodyHtml",
           i."createdAt", i."editedAt", i."deletedAt", i."upvotes",
           (SELECT "commentCount" FROM counted) AS "commentCount",
           EXISTS (SELECT 1 FROM "Paper" WHERE "id" = ${input.paperId}) AS "paperExists"
    FROM (SELECT 1) one
    LEFT JOIN inserted i ON true
    LEFT JOIN "User" u ON u."id" = i."authorId"`;
  const row = rows[0];
  if (!row?.id) return row?.paperExists ? { status: "no-parent" } : { status: "no-paper" };
  return { status: "ok", comment: toCommentNode(row), paperId: row.paperId, commentCount: row.commentCount ?? 0 };
}
