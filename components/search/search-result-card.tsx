import { HighlightedText } from "@/components/search/highlighted-text";
import { PaperCard } from "@/components/papers/paper-card";
import type { SearchHit } from "@/lib/api/papers-schemas";

/** A search result: the feed card, with the matches marked in the title and an abstract snippet. */
export function SearchResultCard({ paper }: { paper: SearchHit }) {
  return (
    <PaperCard
      paper={paper}
      title={<HighlightedText parts={paper.highlight.title} />}
      snippet={<HighlightedText parts={paper.highlight.abstract} />}
    />
  );
}
