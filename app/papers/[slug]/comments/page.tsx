import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Discussion } from "@/components/comments/discussion";
import { getCommentPage } from "@/lib/comments/get-comment-thread";
import { COMMENTS_PAGE_MAX } from "@/lib/comments/comment-limits";
import { getPaperBySlug } from "@/lib/papers/get-paper";
import { commentsQuerySchema } from "@/lib/validations/comment";

export async function generateMetadata({ params }: PageProps<"/papers/[slug]/comments">): Promise<Metadata> {
  const paper = await getPaperBySlug((await params).slug);
  return { title: paper ? `Discussion: ${paper.title}` : "Paper not found", robots: { index: false } };
}

/** A paper's whole discussion in either order, page by page (the paper page shows the first page, Best first). */
export default async function DiscussionPage({ params, searchParams }: PageProps<"/papers/[slug]/comments">) {
  const paper = await getPaperBySlug((await params).slug);
  if (!paper) notFound();
  const query = commentsQuerySchema.safeParse(
    Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string")),
  );
  const sort = query.success ? query.data.sort : "best";
  const cursor = query.success ? (query.data.cursor ?? null) : null;
  const page = await getCommentPage(paper.id, sort, cursor, COMMENTS_PAGE_MAX).catch(() => null);
  if (!page) notFound();
  const more = page.nextCursor ? `/papers/${paper.slug}/comments?sort=${sort}&cursor=${page.nextCursor}` : null;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link prefetch={false} href={`/papers/${paper.slug}`} className="underline">
          ← {paper.title}
        </Link>
      </p>
      <Discussion paper={paper} comments={page.comments} commentCount={page.commentCount} sort={sort} moreHref={more} />
    </div>
  );
}
