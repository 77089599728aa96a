import "server-only";
import { getDb } from "@/lib/db";

export type ReportableComment = { id: string; authorName: string; bodyHtml: string; paperTitle: string; paperSlug: string };

/** A comment as its report page shows it; null when there is no such comment to report (deleted or hidden). */
export async function getReportableComment(commentId: string): Promise<ReportableComment | null> {
  const comment = await getDb().comment.findFirst({
    where: { id: commentId, deletedAt: null, hiddenAt: null },
    select: {
      id: true,
      bodyHtml: true,
      author: { select: { username: true, name: true } },
      paper: { select: { title: true, slug: true } },
    },
  });
  if (!comment) return null;
  const authorName = comment.author?.name?.trim() || comment.author?.username || "someone";
  return { id: comment.id, authorName, bodyHtml: comment.bodyHtml, paperTitle: comment.paper.title, paperSlug: comment.paper.slug };
}
