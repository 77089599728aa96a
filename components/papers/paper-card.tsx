import Link from "next/link";
import type { ReactNode } from "react";
import { ExpandableText } from "@/components/papers/expandable-text";
import { SaveControl } from "@/components/collections/save-control";
import { VoteControl } from "@/components/papers/vote-control";
import { formatAuthors, formatDate } from "@/lib/format";
import type { PaperSummary } from "@/lib/api/papers-schemas";

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
    <article aria-labelledby={headingId} className="card">
      <VoteControl paperId={paper.id} upvotes={paper.upvotes} />
      <div className="min-w-0 flex-1">
        <h2 id={headingId} className="card-title">
          {rank !== undefined && <span className="meta mr-1.5 font-normal tabular-nums">{rank}.</span>}
          <Link href={`/papers/${paper.slug}`} className="card-link">
            {title ?? paper.title}
          </Link>
        </h2>
        <p className="card-meta">
          {authors && <span>{authors}</span>}
          {authors && paper.publishedAt && <span aria-hidden="true">·</span>}
          {paper.publishedAt && <time dateTime={paper.publishedAt.slice(0, 10)}>{formatDate(paper.publishedAt)}</time>}
          {paper.categories.slice(0, 3).map((category) => (
            <Link key={category} href={`/?category=${encodeURIComponent(category)}`} className="chip">
              {category}
            </Link>
          ))}
        </p>
        {snippet ? (
          <p className="card-abstract line-clamp-3">{snippet}</p>
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
