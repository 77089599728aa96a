import type { ReactNode } from "react";
import { SaveControl } from "@/components/collections/save-control";
import { AbstractMore } from "@/components/papers/abstract-more";
import { MathText } from "@/components/papers/math-text";
import { VoteControl } from "@/components/papers/vote-control";
import { ReadMark } from "@/components/reads/read-mark";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import { formatAuthors, formatDate, pluralize } from "@/lib/format";
import { codeLink, EXTERNAL_REL } from "@/lib/papers/code-link";
import { excerptAbstract } from "@/lib/papers/excerpt-abstract";
import { paperAnchor } from "@/lib/papers/paper-anchor";

type Props = {
  paper: PaperSummary;
  rank?: number;
  /** Search passes the title with its matches marked. */
  title?: ReactNode;
  /** Search passes a snippet around the matches instead of the abstract's start. */
  snippet?: ReactNode;
  /** Below the abstract: "For you" says why it recommends the paper. */
  footer?: ReactNode;
};

/**
 * A paper in a list: a server component, the same for everyone, so list pages stay cached; the
 * per-viewer parts are the vote, save and read-mark islands. Thirty of these make a feed page, so every
 * byte here counts sixty times (HTML and React payload): the links are plain anchors (no
 * client component, no prefetch of thirty pages), the card's parts are styled through
 * `.card` in globals.css rather than a class each, and only the abstract's start is sent.
 */
export function PaperCard({ paper, rank, title, snippet, footer }: Props) {
  const authors = formatAuthors(paper.authors, paper.authorCount);
  const headingId = paperAnchor(paper.id);
  const href = `/papers/${paper.slug}`;
  const categories = paper.categories.slice(0, 3);
  const excerpt = snippet ? null : excerptAbstract(paper.abstract);
  const code = paper.codeUrl ? codeLink(paper.codeUrl, paper.codeStars) : null;
  return (
    <article className="card">
      <VoteControl paperId={paper.id} upvotes={paper.upvotes} />
      <div>
        <h2 id={headingId}>
          {rank !== undefined && <span className="card-rank">{rank}.</span>}
          <a href={href}>{title ?? paper.title}</a>
        </h2>
        <ReadMark paperId={paper.id} />
        {(authors || paper.publishedAt || categories.length > 0 || paper.codeUrl || paper.projectUrl || paper.commentCount > 0) && (
          <p className="card-meta">
            {authors && <span>{authors}</span>}
            {authors && paper.publishedAt && <span aria-hidden="true">·</span>}
            {paper.publishedAt && <time dateTime={paper.publishedAt.slice(0, 10)}>{formatDate(paper.publishedAt)}</time>}
            {categories.map((category) => (
              <a key={category} href={`/?category=${encodeURIComponent(category)}`} className="chip">
                {category}
              </a>
            ))}
            {code && (
              <a href={code.href} rel={EXTERNAL_REL} aria-label={code.label} data-stars={code.stars ?? undefined}>
                Code
              </a>
            )}
            {paper.projectUrl && (
              <a href={paper.projectUrl} rel={EXTERNAL_REL}>
                Project page
              </a>
            )}
            {/* Only when there is a discussion: a card without one sends no byte more. */}
            {paper.commentCount > 0 && <a href={`${href}#discussion`}>{pluralize(paper.commentCount, "comment")}</a>}
          </p>
        )}
        {excerpt === null ? (
          <p className="card-abstract line-clamp-3">{snippet}</p>
        ) : excerpt.truncated ? (
          <AbstractMore paperId={paper.id} slug={paper.slug}>
            <MathText text={excerpt.text} />
          </AbstractMore>
        ) : (
          <p className="card-abstract">
            <MathText text={excerpt.text} />
          </p>
        )}
        {footer}
      </div>
      <SaveControl paperId={paper.id} />
    </article>
  );
}
