import Link from "next/link";
import type { ReactNode } from "react";
import { ExpandableText } from "@/components/expandable-text";
import { SaveControl } from "@/components/save-control";
import { VoteControl } from "@/components/vote-control";
import { formatAuthors, formatDate } from "@/lib/format";
import type { PaperSummary } from "@/lib/papers/paper-summary";

type Props = {
  paper: PaperSummary;
  rank?: number;
  /** Search passes the title with its matches marked. */
  title?: ReactNode;
  /** Search passes a snippet around the matches instead of the expandable abstract. */
  snippet?: ReactNode;
};

/** A paper in a list. Renders the same for everyone; per-viewer state lives in the client islands. */
export function PaperCard({ paper, rank, title, snippet }: Props) {
  const authors = formatAuthors(paper.authors, paper.authorCount);
  const headingId = `paper-${paper.id}-title`;
  return (
    <article aria-labelledby={headingId} className="flex gap-3 border-b border-zinc-200 py-4 last:border-b-0 sm:gap-4 dark:border-zinc-800">
      <VoteControl paperId={paper.id} upvotes={paper.upvotes} />
      <div className="min-w-0 flex-1">
        <h2 id={headingId} className="text-base leading-snug font-semibold sm:text-lg">
          {rank !== undefined && <span className="meta mr-1.5 font-normal tabular-nums">{rank}.</span>}
          <Link href={`/papers/${paper.slug}`} className="hover:text-accent-700 hover:underline dark:hover:text-accent-300">
            {title ?? paper.title}
          </Link>
        </h2>
        <p className="meta mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          {authors && <span>{authors}</span>}
          {authors && paper.publishedAt && <span aria-hidden="true">·</span>}
          {paper.publishedAt && <time dateTime={paper.publishedAt.slice(0, 10)}>{formatDate(paper.publishedAt)}</time>}
          {paper.categories.slice(0, 3).map((category) => (
            <Link key={category} href={`/?category=${encodeURIComponent(category)}`} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
              {category}
            </Link>
          ))}
        </p>
        {snippet ? (
          <p className="mt-1.5 line-clamp-3 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">{snippet}</p>
        ) : (
          <ExpandableText label={paper.title}>
            <p>{paper.abstract}</p>
          </ExpandableText>
        )}
      </div>
      <SaveControl paperId={paper.id} title={paper.title} />
    </article>
  );
}
