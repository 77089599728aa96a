import type { PaperSummary } from "@/lib/api/papers-schemas";
import { pluralize } from "@/lib/format";
import type { SocialCard } from "@/lib/og/social-card";

const NAMED_AUTHORS = 3;

/** A paper's social card: title, the first authors, upvotes. */
export function paperCard(paper: PaperSummary): SocialCard {
  const more = paper.authors.length - NAMED_AUTHORS;
  const byline =
    paper.authors.length === 0
      ? paper.authorCount > 0
        ? pluralize(paper.authorCount, "author")
        : ""
      : paper.authors.slice(0, NAMED_AUTHORS).join(", ") + (more > 0 ? ` and ${pluralize(more, "other")}` : "");
  return {
    kind: paper.arxivId ? `arXiv ${paper.arxivId}` : "Paper",
    title: paper.title,
    byline,
    stat: `▲ ${pluralize(paper.upvotes, "upvote")}`,
  };
}
