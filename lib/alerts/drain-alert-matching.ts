import { matchNewPapers } from "@/lib/alerts/match-new-papers";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Papers per transaction: one INSERT … SELECT each, short enough not to hold the database long. */
const BATCH = 500;

export type AlertMatchingRun = { papers: number; items: number };

/**
 * Matches the queued new papers against every alert, a batch per transaction: the batch is taken
 * off the queue (DELETE … RETURNING, skipping rows another drain holds) and its inbox items are
 * added in the same transaction, so each paper is matched exactly once, whoever drains and
 * whenever a drain dies. saveImportedPapers drains right after it commits; the match-alerts job
 * drains what a process that died in between left behind.
 */
export async function drainAlertMatching(db: PrismaClient): Promise<AlertMatchingRun> {
  const run: AlertMatchingRun = { papers: 0, items: 0 };
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const taken = await tx.$queryRaw<{ paperId: string }[]>`
        DELETE FROM "AlertMatchQueue" WHERE "paperId" IN (
          SELECT "paperId" FROM "AlertMatchQueue" ORDER BY "queuedAt", "paperId" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
        )
        RETURNING "paperId"`;
      const items = await matchNewPapers(
        tx,
        taken.map((row) => row.paperId),
      );
      return { papers: taken.length, items };
    });
    if (batch.papers === 0) return run;
    run.papers += batch.papers;
    run.items += batch.items;
  }
}
