import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MarkInboxInput } from "@/lib/validations/alert";

/**
 * Marks papers of a person's inbox read (or unread again), or all of them; every alert's item of
 * a paper at once. One UPDATE scoped by the person; ids that are not in their inbox change nothing.
 * Returns how many papers changed.
 */
export async function markInboxRead(db: PrismaClient, userId: string, input: MarkInboxInput): Promise<number> {
  const only = "paperIds" in input ? input.paperIds : null;
  const [row] = await db.$queryRaw<{ changed: number }[]>`
    WITH changed AS (
      UPDATE "InboxItem" SET "readAt" = ${input.read ? new Date() : null}
      WHERE "userId" = ${userId}
        AND ("readAt" IS NULL) = ${input.read}
        AND (${only}::text[] IS NULL OR "paperId" = ANY(${only}::text[]))
      RETURNING "paperId"
    )
    SELECT count(DISTINCT "paperId")::int AS "changed" FROM changed`;
  return row?.changed ?? 0;
}
