import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentItem } from "@/components/comments/comment-item";
import { getCommentSubthread } from "@/lib/comments/get-comment-thread";
import { getPaperBySlug } from "@/lib/papers/get-paper";
import { isIdShape } from "@/lib/validations/collection";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/papers/[slug]/comments/[id]">): Promise<Metadata> {
  const paper = await getPaperBySlug((await params).slug);
  return { title: paper ? `Thread: ${paper.title}` : "Paper not found", robots: { index: false } };
}

/**
 * "Continue this thread": one comment and its replies, nested again from there. Also where Reply
 * leads without script: the reply box is at the top (#reply), a real form like the paper page's.
 */
export default async function CommentThreadPage({ params }: PageProps<"/papers/[slug]/comments/[id]">) {
  const { slug, id } = await params;
  const paper = await getPaperBySlug(slug);
  if (!paper || !isIdShape(id)) notFound();
  const comment = await getCommentSubthread(paper.id, id, "best");
  if (!comment) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link prefetch={false} href={`/papers/${paper.slug}#discussion`} className="underline">
          ← All comments on {paper.title}
        </Link>
      </p>
      <h1 className="mt-4 text-lg font-semibold">Thread</h1>
      <ul>
        <CommentItem comment={comment} paperId={paper.id} paperSlug={paper.slug} />
      </ul>
      {!comment.deleted && (
        <section id="reply" aria-label="Reply" className="mt-6">
          <CommentForm paperId={paper.id} parentId={comment.id} label="Reply" />
        </section>
      )}
    </div>
  );
}
