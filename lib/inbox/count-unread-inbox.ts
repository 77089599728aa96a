import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Papers in a person's inbox not yet read (a paper two alerts matched counts once). */
export async function countUnreadInbox(db: PrismaClient, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT count(DISTINCT "paperId")::int AS "unread" FROM "InboxItem" WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return row?.unread ?? 0;
}
