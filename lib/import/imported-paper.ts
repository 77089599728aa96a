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
};

/** Collapses the line wrapping and indentation that sources put into titles and abstracts. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
