import Link from "next/link";
import { HighlightedText } from "@/components/highlighted-text";
import { SaveControl } from "@/components/save-control";
import { VoteControl } from "@/components/vote-control";
import { formatAuthors, formatDate } from "@/lib/format";
import type { SearchHit } from "@/lib/search/get-search-hits";

/** A search result: the feed card's anatomy, with the matches marked in the title and an abstract snippet. */
export function SearchResultCard({ paper }: { paper: SearchHit }) {
  const authors = formatAuthors(paper.authors, paper.authorCount);
  const headingId = `result-${paper.id}-title`;
  return (
    <article aria-labelledby={headingId} className="flex gap-3 border-b border-zinc-200 py-4 last:border-b-0 sm:gap-4 dark:border-zinc-800">
      <VoteControl paperId={paper.id} upvotes={paper.upvotes} title={paper.title} />
      <div className="min-w-0 flex-1">
        <h2 id={headingId} className="text-base leading-snug font-semibold sm:text-lg">
          <Link href={`/papers/${paper.slug}`} className="hover:text-accent-700 hover:underline dark:hover:text-accent-300">
            <HighlightedText parts={paper.highlight.title} />
          </Link>
        </h2>
        <p className="meta mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          {authors && <span>{authors}</span>}
          {authors && paper.publishedAt && <span aria-hidden="true">·</span>}
          {paper.publishedAt && <time dateTime={paper.publishedAt.slice(0, 10)}>{formatDate(paper.publishedAt)}</time>}
        </p>
        <p className="mt-1.5 line-clamp-3 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
          <HighlightedText parts={paper.highlight.abstract} />
        </p>
      </div>
      <SaveControl paperId={paper.id} title={paper.title} />
    </article>
  );
}
