import "server-only";
import { unstable_cache } from "next/cache";
import { PAPERS_TAG } from "@/lib/cache/cache-tags";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import { paperSummarySelect, toPaperSummary } from "@/lib/papers/paper-summary";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

export const PERIOD_LIMIT = 100;

async function queryPeriod(startIso: string, endIso: string): Promise<PaperSummary[]> {
  const rows = await readFromReplica("fresh", (db) =>
    db.paper.findMany({
      where: { listedAt: { gte: new Date(startIso), lt: new Date(endIso) } },
      orderBy: [{ upvotes: "desc" }, { id: "desc" }],
      take: PERIOD_LIMIT,
      select: paperSummarySelect,
    }),
  );
  return rows.map(toPaperSummary);
}

/** The most upvoted papers listed in [start, end), from the data cache. */
export const listPapersInPeriod = unstable_cache(queryPeriod, ["papers-in-period"], { tags: [PAPERS_TAG], revalidate: 3600 });

/**
 * The newest day that has papers, so "Daily" opens on something to read. Per request, and a day
 * that gained its first paper a few seconds ago can wait: "recent".
 */
export async function getLatestListedAt(): Promise<Date | null> {
  const row = await readFromReplica("recent", (db) =>
    db.paper.findFirst({ orderBy: [{ listedAt: "desc" }, { id: "desc" }], select: { listedAt: true } }),
  );
  return row?.listedAt ?? null;
}
