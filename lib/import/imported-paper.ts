/** A paper as a source describes it, normalized; what save-imported-papers writes. */
export type ImportedPaper = {
  /** Versionless, see parseArxivId. */
  arxivId: string;
  title: string;
  abstract: string;
  authors: string[];
  publishedAt: Date | null;
  /** arXiv's "updated" date (the latest version). */
  sourceUpdatedAt: Date | null;
  /** The day the paper enters the feed. */
  listedAt: Date;
  /**
   * Whether listedAt is the source's own listing date (Hugging Face's submittedOnDailyAt), which
   * then also moves an existing paper; otherwise an existing paper keeps its place in the feed.
   */
  listedAtIsListing: boolean;
  url: string | null;
  pdfUrl: string | null;
  primaryCategory: string | null;
  categories: string[];
  /** Starting count for a new paper (Hugging Face's upvotes); an existing paper keeps its own. */
  upvotes: number;
  /**
   * The arXiv version this text is from (2 for 2310.06825v2), when the source says. A version
   * older than the stored one leaves the stored text alone; a source without versions (Hugging
   * Face) never overwrites text that came from arXiv.
   */
  arxivVersion?: number | null;
  /** Hugging Face's own upvote count, stored apart from ours and refreshed on every ingestion. */
  hfUpvotes?: number | null;
  /**
   * A code repository: from the listing itself (Hugging Face's githubRepo, which always wins), or
   * found in the abstract or comment (kept only while the paper has no code link otherwise).
   */
  code?: { url: string; stars: number | null; from: "listing" | "text" } | null;
  projectUrl?: string | null;
};

/** Collapses the line wrapping and indentation that sources put into titles and abstracts. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
