import type { PaperSummary } from "@/lib/api/papers-schemas";
import { Prisma } from "@/lib/generated/prisma/client";

// From rows to the PaperSummary of lib/api/papers-schemas.ts. Dates become ISO strings because
// the value goes through Next's data cache and JSON answers unchanged.

export const paperSummarySelect = {
  id: true,
  slug: true,
  arxivId: true,
  title: true,
  abstract: true,
  authors: true,
  authorCount: true,
  publishedAt: true,
  listedAt: true,
  upvotes: true,
  categories: true,
} satisfies Prisma.PaperSelect;

export const paperSummaryColumns = Prisma.sql`"id", "slug", "arxivId", "title", "abstract", "authors", "authorCount", "publishedAt", "listedAt", "upvotes", "categories"`;

type PaperSummaryRow = Omit<PaperSummary, "publishedAt" | "listedAt"> & { publishedAt: Date | null; listedAt: Date };

export function toPaperSummary(row: PaperSummaryRow): PaperSummary {
  return {
    id: row.id,
    slug: row.slug,
    arxivId: row.arxivId,
    title: row.title,
    abstract: row.abstract,
    authors: row.authors,
    authorCount: row.authorCount,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    listedAt: row.listedAt.toISOString(),
    upvotes: row.upvotes,
    categories: row.categories,
  };
}
