import "server-only";
import { unstable_cache } from "next/cache";
import type { PaperDetail } from "@/lib/api/papers-schemas";
import { getDb } from "@/lib/db";
import { PAPER_CARDS_TAG, PAPERS_TAG } from "@/lib/cache/cache-tags";
import { paperSummarySelect, toPaperSummary } from "@/lib/papers/paper-summary";

const detailSelect = {
  ...paperSummarySelect,
  pdfUrl: true,
  url: true,
  primaryCategory: true,
  addedAt: true,
  // Public attribution, shown as "submitted by".
  submittedBy: { select: { name: true, username: true } },
} as const;

async function findPaper(where: { slug: string } | { id: string }): Promise<PaperDetail | null> {
  const row = await getDb().paper.findUnique({ where, select: detailSelect });
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

export function getPaperById(id: string): Promise<PaperDetail | null> {
  return findPaper({ id });
}

/** For the paper page, from the data cache. */
export const getPaperBySlug = unstable_cache((slug: string) => findPaper({ slug }), ["paper-by-slug"], {
  tags: [PAPERS_TAG],
  revalidate: 3600,
});

/** For the paper's social card: apart from the page, so that it only ever refreshes in the background (PAPER_CARDS_TAG). */
export const getPaperCardBySlug = unstable_cache((slug: string) => findPaper({ slug }), ["paper-card-by-slug"], {
  tags: [PAPER_CARDS_TAG],
  revalidate: 3600,
});
