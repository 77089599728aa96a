import "server-only";
import type { CommentReportReason, PrismaClient } from "@/lib/generated/prisma/client";

export type ReportedComment = {
  commentId: string;
  paperId: string;
  paperTitle: string;
  paperSlug: string;
  bodyHtml: string;
  deleted: boolean;
  hidden: boolean;
  author: { id: string; username: string; suspended: boolean } | null;
  reports: { reason: CommentReportReason; note: string | null; reporter: string; createdAt: Date }[];
  firstReportedAt: Date;
};

/**
 * The moderators' queue: comments with open reports, most reported first, then oldest report
 * first, each with every open report. A hidden comment stays listed until its reports are
 * dismissed, so the moderator can still suspend its author, or restore it.
 */
export async function listReportedComments(db: PrismaClient, limit = 100): Promise<ReportedComment[]> {
  const rows = await db.$queryRaw<
    (Omit<ReportedComment, "author" | "reports"> & {
      authorId: string | null;
      username: string | null;
      suspendedAt: Date | null;
      reports: { reason: CommentReportReason; note: string | null; reporter: string; createdAt: string }[];
    })[]
  >`
    SELECT c."id" AS "commentId", c."paperId", p."title" AS "paperTitle", p."slug" AS "paperSlug", c."bodyHtml",
           c."deletedAt" IS NOT NULL AS "deleted", c."hiddenAt" IS NOT NULL AS "hidden",
           c."authorId", u."username", u."suspendedAt", r."reports", r."firstReportedAt"
    FROM (
      SELECT cr."commentId", min(cr."createdAt") AS "firstReportedAt", count(*) AS "count",
        json_agg(json_build_object('reason', cr."reason", 'note', cr."note", 'reporter', coalesce(ru."username", ru."id"), 'createdAt', cr."createdAt")
                 ORDER BY cr."createdAt") AS "reports"
      FROM "CommentReport" cr JOIN "User" ru ON ru."id" = cr."reporterId"
      WHERE cr."resolvedAt" IS NULL
      GROUP BY cr."commentId"
      ORDER BY count(*) DESC, min(cr."createdAt")
      LIMIT ${limit}
    ) r
    JOIN "Comment" c ON c."id" = r."commentId"
    JOIN "Paper" p ON p."id" = c."paperId"
    LEFT JOIN "User" u ON u."id" = c."authorId"
    ORDER BY r."count" DESC, r."firstReportedAt"`;
  return rows.map(({ authorId, username, suspendedAt, reports, ...row }) => ({
    ...row,
    author: authorId ? { id: authorId, username: username ?? authorId, suspended: suspendedAt !== null } : null,
    reports: reports.map((r) => ({ ...r, createdAt: new Date(`${r.createdAt}Z`) })),
  }));
}
