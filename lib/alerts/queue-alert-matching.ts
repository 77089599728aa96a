import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Queues new papers for alert matching, inside the transaction that inserts them: they are
 * queued if and only if they were saved. Cheap (one row each), so the import stays fast.
 */
export async function queueAlertMatching(tx: Prisma.TransactionClient, paperIds: string[]): Promise<void> {
  if (paperIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "AlertMatchQueue" ("paperId") SELECT unnest(${paperIds}::text[]) ON CONFLICT ("paperId") DO NOTHING`;
}
