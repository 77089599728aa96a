import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportedPaper } from "@/lib/import/imported-paper";

/** The stored columns a source can change. */
export const STORED_PAPER_SELECT = {
  id: true,
  slug: true,
  arxivId: true,
  title: true,
  abstract: true,
  authors: true,
  authorCount: true,
  publishedAt: true,
  sourceUpdatedAt: true,
  listedAt: true,
  url: true,
  pdfUrl: true,
  categories: true,
  primaryCategory: true,
  arxivVersion: true,
  hfUpvotes: true,
  codeUrl: true,
  codeStars: true,
  projectUrl: true,
} as const satisfies Prisma.PaperSelect;

export type StoredPaper = Prisma.PaperGetPayload<{ select: typeof STORED_PAPER_SELECT }>;

type Changes = Partial<Omit<StoredPaper, "id" | "slug">>;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

/**
 * What a source's description of a paper changes on the stored row: only the columns that differ,
 * so an empty result means "unchanged" and nothing is written (updatedAt stays).
 *
 * - Everything the source knows, nothing it does not (a Hugging Face listing has no categories).
 * - Text (title, abstract, authors, categories, pdf, arXiv's date and version) follows arXiv's
 *   versions: an older version than the stored one changes none of it, and a source without
 *   versions (Hugging Face) never overwrites text that came from arXiv.
 * - Never votes, saves or the submitter: those are ours, not the source's.
 * - hfUpvotes is Hugging Face's count, refreshed each time; a listing's code link always wins,
 *   one found in the text only fills a paper that has none.
 */
export function planPaperUpdate(stored: StoredPaper, paper: ImportedPaper): Changes {
  const incoming = paper.arxivVersion ?? null;
  const textAllowed = incoming !== null ? stored.arxivVersion === null || incoming >= stored.arxivVersion : stored.arxivVersion === null;
  const wanted: Changes = {
    arxivId: paper.arxivId,
    ...(paper.publishedAt ? { publishedAt: paper.publishedAt } : {}),
    ...(paper.url ? { url: paper.url } : {}),
    ...(paper.listedAtIsListing ? { listedAt: paper.listedAt } : {}),
    ...(paper.hfUpvotes != null ? { hfUpvotes: paper.hfUpvotes } : {}),
    ...(paper.projectUrl ? { projectUrl: paper.projectUrl } : {}),
  };
  if (textAllowed) {
    Object.assign(wanted, {
      title: paper.title,
      ...(paper.abstract ? { abstract: paper.abstract } : {}),
      ...(paper.authors.length ? { authors: paper.authors, authorCount: paper.authors.length } : {}),
      ...(paper.sourceUpdatedAt ? { sourceUpdatedAt: paper.sourceUpdatedAt } : {}),
      ...(paper.pdfUrl ? { pdfUrl: paper.pdfUrl } : {}),
      ...(paper.categories.length ? { categories: paper.categories, primaryCategory: paper.primaryCategory } : {}),
      ...(incoming !== null ? { arxivVersion: incoming } : {}),
    });
  }
  const code = paper.code;
  if (code?.from === "listing") {
    wanted.codeUrl = code.url;
    // Stars the listing does not give are kept while the repository stays the same.
    wanted.codeStars = code.stars ?? (stored.codeUrl === code.url ? stored.codeStars : null);
  } else if (code?.from === "text" && stored.codeUrl === null) {
    wanted.codeUrl = code.url;
  }
  const changes: Changes = {};
  for (const [key, value] of Object.entries(wanted) as [keyof Changes, unknown][]) {
    if (!same(stored[key], value)) (changes as Record<string, unknown>)[key] = value;
  }
  return changes;
}
