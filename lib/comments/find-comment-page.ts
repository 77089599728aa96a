import type { CommentPage } from "@/lib/api/comments-schemas";
import { buildThread } from "@/lib/comments/build-thread";
import type { CommentSort } from "@/lib/comments/comment-limits";
import type { CommentRow } from "@/lib/comments/comment-row";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/keyset-cursor";

const COLUMNS = Prisma.sql`c."id", c."paperId", c."parentId", c."rootId", c."depth", c."authorId", u."username", u."name", c."bodyHtml",
  c."createdAt", c."editedAt", c."deletedAt", c."upvotes"`;

/**
 * A page of a paper's top-level comments by `sort`, each with its whole thread (one indexed read by
 * rootId), nested to the readable depth; null when no paper has this id. Keyset-paged: "best" by
 * upvotes then id (the same order as the Wilson bound, see rank-comments.ts), "new" by time then id.
 * Hidden comments are never read here.
 */
export async function findCommentPage(
  db: PrismaClient,
  paperId: string,
  { sort, cursor, limit }: { sort: CommentSort; cursor?: string | null; limit: number },
): Promise<CommentPage | null> {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { commentCount: true } });
  if (!paper) return null;
  let after = Prisma.empty;
  if (cursor && sort === "best") {
    const c = decodeKeysetCursor(cursor, sort, "number");
    after = Prisma.sql`AND (c."upvotes" < ${c.key} OR (c."upvotes" = ${c.key} AND c."id" > ${c.id}))`;
  } else if (cursor) {
    const c = decodeKeysetCursor(cursor, sort, "date");
    const at = Prisma.sql`(${String(c.key)}::timestamptz AT TIME ZONE 'UTC')`;
    after = Prisma.sql`AND (c."createdAt" < ${at} OR (c."createdAt" = ${at} AND c."id" < ${c.id}))`;
  }
  const order = sort === "best" ? Prisma.sql`c."upvotes" DESC, c."id" ASC` : Prisma.sql`c."createdAt" DESC, c."id" DESC`;
  const top = await db.$queryRaw<CommentRow[]>`
    SELECT ${COLUMNS} FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."authorId"
    WHERE c."paperId" = ${paperId} AND c."parentId" IS NULL AND c."hiddenAt" IS NULL ${after}
    ORDER BY ${order} LIMIT ${limit + 1}`;
  const roots = top.slice(0, limit);
  const replies = roots.length
    ? await db.$queryRaw<CommentRow[]>`
        SELECT ${COLUMNS} FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."authorId"
        WHERE c."rootId" = ANY(${roots.map((r) => r.id)}::text[]) AND c."hiddenAt" IS NULL`
    : [];
  const last = roots.at(-1);
  const nextCursor =
    top.length > limit && last
      ? encodeKeysetCursor({ sort, key: sort === "best" ? last.upvotes : last.createdAt.toISOString(), id: last.id })
      : null;
  return { comments: buildThread(roots, replies, sort), commentCount: paper.commentCount, nextCursor };
}
