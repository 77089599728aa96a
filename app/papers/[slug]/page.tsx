import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperCollections } from "@/components/collections/paper-collections";
import { SaveControl } from "@/components/collections/save-control";
import { MathText } from "@/components/papers/math-text";
import { SimilarPapers } from "@/components/papers/similar-papers";
import { VoteControl } from "@/components/papers/vote-control";
import { PaperReadControl } from "@/components/reads/paper-read-control";
import { formatCount, formatDate, pluralize } from "@/lib/format";
import { codeLink, EXTERNAL_REL } from "@/lib/papers/code-link";
import { getPaperBySlug } from "@/lib/papers/get-paper";
import { paperAnchor } from "@/lib/papers/paper-anchor";
import { paperLinks } from "@/lib/papers/paper-links";
import { FollowAuthors } from "@/components/alerts/follow-authors";
import { PaperDiscussion } from "@/components/comments/paper-discussion";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/papers/[slug]">): Promise<Metadata> {
  const paper = await getPaperBySlug((await params).slug);
  if (!paper) return { title: "Paper not found" };
  const description = paper.abstract.length > 300 ? `${paper.abstract.slice(0, 297)}…` : paper.abstract;
  return {
    title: paper.title,
    description,
    alternates: { canonical: `/papers/${paper.slug}` },
    openGraph: {
      type: "article",
      title: paper.title,
      description,
      url: `/papers/${paper.slug}`,
      publishedTime: paper.publishedAt ?? undefined,
    },
    twitter: { card: "summary_large_image", title: paper.title, description },
  };
}

export default async function PaperPage({ params }: PageProps<"/papers/[slug]">) {
  const paper = await getPaperBySlug((await params).slug);
  if (!paper) notFound();
  const links = paperLinks(paper);
  const code = paper.codeUrl ? codeLink(paper.codeUrl, paper.codeStars) : null;
  const hf =
    paper.hfUpvotes === null ? null : `${formatCount(paper.hfUpvotes)} ${paper.hfUpvotes === 1 ? "upvote" : "upvotes"} on Hugging Face`;
  return (
    <article className="mx-auto max-w-3xl">
      {/* On a phone the Save control takes a line of its own under the title (aligned with it, past the
          vote box's 44 px and the 16 px gap): beside it, it left the title a column of one word a line. */}
      <div className="flex flex-wrap gap-4 sm:flex-nowrap">
        <VoteControl paperId={paper.id} upvotes={paper.upvotes} />
        <div className="min-w-0 flex-1">
          <h1 id={paperAnchor(paper.id)} className="text-2xl leading-tight font-bold tracking-tight sm:text-3xl">
            <MathText text={paper.title} />
          </h1>
          <p className="meta mt-2 text-sm">
            {paper.authors.length > 0
              ? paper.authors.join(", ")
              : paper.authorCount > 0
                ? pluralize(paper.authorCount, "author")
                : "Authors not listed"}
          </p>
          <FollowAuthors authors={paper.authors} />
          {hf && (
            // Hugging Face's count is theirs: a line of its own, apart from our votes in the box beside the title.
            <p className="meta mt-1 text-sm">
              {paper.arxivId ? (
                <a href={`https://huggingface.co/papers/${paper.arxivId}`} rel="noopener" className="underline">
                  {hf}
                </a>
              ) : (
                hf
              )}
            </p>
          )}
          <PaperReadControl paperId={paper.id} />
        </div>
        <div className="order-last -mt-2 flex basis-full pl-15 sm:order-none sm:mt-0 sm:basis-auto sm:pl-0">
          <SaveControl paperId={paper.id} size="page" />
        </div>
      </div>
      <dl className="meta mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Published</dt>
        <dd>{paper.publishedAt ? <time dateTime={paper.publishedAt.slice(0, 10)}>{formatDate(paper.publishedAt)}</time> : "Unknown"}</dd>
        <dt className="font-medium">Added</dt>
        <dd>
          <time dateTime={paper.addedAt.slice(0, 10)}>{formatDate(paper.addedAt)}</time>
        </dd>
        {paper.submittedBy && (
          <>
            <dt className="font-medium">Submitted by</dt>
            <dd>
              {paper.submittedBy.username ? (
                <Link prefetch={false} href={`/u/${encodeURIComponent(paper.submittedBy.username)}`} className="underline">
                  {paper.submittedBy.name || paper.submittedBy.username}
                </Link>
              ) : (
                paper.submittedBy.name || "a reader"
              )}
            </dd>
          </>
        )}
        {paper.arxivId && (
          <>
            <dt className="font-medium">arXiv</dt>
            <dd>{paper.arxivId}</dd>
          </>
        )}
        {paper.categories.length > 0 && (
          <>
            <dt className="font-medium">Categories</dt>
            <dd>{paper.categories.join(", ")}</dd>
          </>
        )}
      </dl>
      {(links.abs || links.pdf || code || paper.projectUrl) && (
        <div className="mt-4 flex flex-wrap gap-2">
          {links.abs && (
            <a className="btn" href={links.abs} rel="noopener">
              View on arXiv
            </a>
          )}
          {links.pdf && (
            <a className="btn" href={links.pdf} rel="noopener">
              PDF
            </a>
          )}
          {code && (
            <a className="btn" href={code.href} rel={EXTERNAL_REL} aria-label={code.label} data-stars={code.stars ?? undefined}>
              Code
            </a>
          )}
          {paper.projectUrl && (
            <a className="btn" href={paper.projectUrl} rel={EXTERNAL_REL}>
              Project page
            </a>
          )}
        </div>
      )}
      <section aria-labelledby="abstract-heading" className="mt-6">
        <h2 id="abstract-heading" className="text-lg font-semibold">
          Abstract
        </h2>
        <p className="mt-2 max-w-[70ch] text-base leading-7 text-zinc-800 dark:text-zinc-200">
          <MathText text={paper.abstract} />
        </p>
      </section>
      <PaperCollections paperId={paper.id} />
      <SimilarPapers paperId={paper.id} />
      <PaperDiscussion paper={paper} />
    </article>
  );
}
