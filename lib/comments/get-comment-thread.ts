import "server-only";
import { unstable_cache } from "next/cache";
import type { CommentNode, CommentPage } from "@/lib/api/comments-schemas";
import { commentsTag } from "@/lib/cache/cache-tags";
import { COMMENTS_ON_PAPER_PAGE, type CommentSort } from "@/lib/comments/comment-limits";
import { findCommentPage } from "@/lib/comments/find-comment-page";
import { findCommentSubthread } from "@/lib/comments/find-comment-subthread";
import { getDb } from "@/lib/db";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

/**
 * A page of a paper's discussion for the API and the discussion pages, from the data cache under
 * the paper's own tag (comments:<paperId>), which every comment write revalidates at once on every
 * server; so the cached copy is never older than the last write. "fresh": it is cached. A miss is
 * confirmed on the primary (the paper may be a moment old).
 */
export function getCommentPage(paperId: string, sort: CommentSort, cursor: string | null, limit: number): Promise<CommentPage | null> {
  return unstable_cache(
    async () =>
      (await readFromReplica("fresh", (db) => findCommentPage(db, paperId, { sort, cursor, limit }))) ??
      findCommentPage(getDb(), paperId, { sort, cursor, limit }),
    ["comment-page", paperId, sort, cursor ?? "", String(limit)],
    { tags: [commentsTag(paperId)], revalidate: 3600 },
  )();
}

/** The first page the paper page shows: its best top-level comments with their replies. */
export function getCommentThreadForPage(paperId: string): Promise<CommentPage | null> {
  return getCommentPage(paperId, "best", null, COMMENTS_ON_PAPER_PAGE);
}

/** One comment and its replies ("Continue this thread"), cached under the same tag. */
export function getCommentSubthread(paperId: string, commentId: string, sort: CommentSort): Promise<CommentNode | null> {
  return unstable_cache(
    () => readFromReplica("fresh", (db) => findCommentSubthread(db, paperId, commentId, sort)),
    ["comment-subthread", paperId, commentId, sort],
    { tags: [commentsTag(paperId)], revalidate: 3600 },
  )();
}
