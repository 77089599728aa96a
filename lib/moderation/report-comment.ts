import "server-only";
import type { CommentReportReason } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

export type ReportCommentResult = { status: "ok"; created: boolean } | { status: "not-found" };

/**
 * Reports a comment. One statement: the key (comment, reporter) makes a second report of an open
 * one change nothing (two clicks at once give one row); a report the moderators dismissed is
 * reopened with the new reason. A deleted or hidden comment cannot be reported: there is nothing
 * left to act on.
 */
export async function reportComment(input: {
  commentId: string;
  reporterId: string;
  reason: CommentReportReason;
  note: string | null;
}): Promise<ReportCommentResult> {
  const db = getDb();
  const rows = await db.$queryRaw<{ created: boolean }[]>`
    WITH target AS (
      SELECT "id", "paperId" FROM "Comment" WHERE "id" = ${input.commentId} AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
    ), reported AS (
      INSERT INTO "CommentReport" ("commentId", "reporterId", "reason", "note", "createdAt")
      SELECT "id", ${input.reporterId}, ${input.reason}::"CommentReportReason", ${input.note}, now() AT TIME ZONE 'UTC' FROM target
      ON CONFLICT ("commentId", "reporterId") DO UPDATE
        SET "reason" = EXCLUDED."reason", "note" = EXCLUDED."note", "createdAt" = EXCLUDED."createdAt", "resolvedAt" = NULL
        WHERE "CommentReport"."resolvedAt" IS NOT NULL
      RETURNING "commentId"
    )
    SELECT EXISTS (SELECT 1 FROM reported) AS "created" FROM target t`;
  const row = rows[0];
  return row ? { status: "ok", created: row.created } : { status: "not-found" };
}
