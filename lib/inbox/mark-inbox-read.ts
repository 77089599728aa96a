import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MarkInboxInput } from "@/lib/validations/alert";

/**
 * Marks papers of a person's inbox read (or unread again), every alert's item of a paper at once;
 * or all of the inbox, notifications about comments included, so the unread count (which counts
 * both, lib/inbox/count-unread-inbox.ts) reaches 0. One statement scoped by the person; ids that
 * are not in their inbox change nothing. Returns how many entries changed (a paper counts once).
 */
export async function markInboxRead(db: PrismaClient, userId: string, input: MarkInboxInput): Promise<number> {
  const only = "paperIds" in input ? input.paperIds : null;
  const at = input.read ? new Date() : null;
  const [row] = await db.$queryRaw<{ changed: number }[]>`
    WITH papers AS (
      UPDATE "InboxItem" SET "readAt" = ${at}
      WHERE "userId" = ${userId}
        AND ("readAt" IS NULL) = ${input.read}
        AND (${only}::text[] IS NULL OR "paperId" = ANY(${only}::text[]))
      RETURNING "paperId"
    ), comments AS (
      UPDATE "CommentNotification" SET "readAt" = ${at}
      WHERE "userId" = ${userId} AND ${only}::text[] IS NULL
        AND ("readAt" IS NULL) = ${input.read}
      RETURNING "id"
    )
    SELECT ((SELECT count(DISTINCT "paperId") FROM papers) + (SELECT count(*) FROM comments))::int AS "changed"`;
  return row?.changed ?? 0;
}
