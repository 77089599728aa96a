import "server-only";
import { unstable_cache } from "next/cache";
import type { PaperDetail } from "@/lib/api/papers-schemas";
import { getDb } from "@/lib/db";
import { PAPER_CARDS_TAG, PAPERS_TAG } from "@/lib/cache/cache-tags";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { paperSummarySelect, toPaperSummary } from "@/lib/papers/paper-summary";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

const detailSelect = {
  ...paperSummarySelect,
  pdfUrl: true,
  url: true,
  primaryCategory: true,
  addedAt: true,
  // Public attribution, shown as "submitted by".
  submittedBy: { select: { name: true, username: true } },
} as const;

async function findPaper(db: PrismaClient, where: { slug: string } | { id: string }): Promise<PaperDetail | null> {
  const row = await db.paper.findUnique({ where, select: detailSelect });
  if (!row) return null;
  return {
    ...toPaperSummary(row),
    pdfUrl: row.pdfUrl,
    url: row.url,
    primaryCategory: row.primaryCategory,
    addedAt: row.addedAt.toISOString(),
    submittedBy: row.submittedBy,
  };
}

/**
 * For the API, per request, on a replica. A paper the replica lacks may have been imported a moment
 * ago (perhaps by this very client), so the primary confirms a miss before it becomes a 404.
 */
export async function getPaperById(id: string): Promise<PaperDetail | null> {
  return (await readFromReplica("recent", (db) => findPaper(db, { id }))) ?? findPaper(getDb(), { id });
}

/** For the paper page, from the data cache. */
export const getPaperBySlug = unstable_cache(
  (slug: string) => readFromReplica("fresh", (db) => findPaper(db, { slug })),
  ["paper-by-slug"],
  { tags: [PAPERS_TAG], revalidate: 3600 },
);

/** For the paper's social card: apart from the page, so that it only ever refreshes in the background (PAPER_CARDS_TAG). */
export const getPaperCardBySlug = unstable_cache(
  (slug: string) => readFromReplica("fresh", (db) => findPaper(db, { slug })),
  ["paper-card-by-slug"],
  { tags: [PAPER_CARDS_TAG], revalidate: 3600 },
);
