import type { PaperSummary } from "@/lib/api/papers-schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { httpUrlOrNull } from "@/lib/papers/http-url";

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
  codeUrl: true,
  codeStars: true,
  projectUrl: true,
  hfUpvotes: true,
  commentCount: true,
} satisfies Prisma.PaperSelect;

export const paperSummaryColumns = Prisma.sql`"id", "slug", "arxivId", "title", "abstract", "authors", "authorCount", "publishedAt", "listedAt", "upvotes", "categories", "codeUrl", "codeStars", "projectUrl", "hfUpvotes", "commentCount"`;

type PaperSummaryRow = Omit<PaperSummary, "publishedAt" | "listedAt"> & { publishedAt: Date | null; listedAt: Date };

/** A count from a third party, or null when it is not a sensible one (the schema promises ≥ 0). */
function countOrNull(value: number | null): number | null {
  return value !== null && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** Third-party links pass httpUrlOrNull here, the one place every paper read goes through. */
export function toPaperSummary(row: PaperSummaryRow): PaperSummary {
  const codeUrl = httpUrlOrNull(row.codeUrl);
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
    codeUrl,
    // Stars without a repository to show them on mean nothing.
    codeStars: codeUrl ? countOrNull(row.codeStars) : null,
    projectUrl: httpUrlOrNull(row.projectUrl),
    hfUpvotes: countOrNull(row.hfUpvotes),
    commentCount: row.commentCount,
  };
}
