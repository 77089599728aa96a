import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a feed card needs: no more, so cached pages and JSON stay small. Dates are ISO strings
 * because this value goes through Next's data cache and JSON responses unchanged.
 */
export type PaperSummary = {
  id: string;
  slug: string;
  arxivId: string | null;
  title: string;
  abstract: string;
  authors: string[];
  authorCount: number;
  publishedAt: string | null;
  listedAt: string;
  upvotes: number;
  categories: string[];
};

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
