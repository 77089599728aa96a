import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportCommentForm } from "@/components/moderation/report-comment-form";
import { requirePageUser } from "@/lib/auth/get-session-user";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import { getReportableComment } from "@/lib/moderation/get-reportable-comment";
import { isIdShape } from "@/lib/validations/collection";
import { CommentBody } from "@/components/comments/comment-body";

export const metadata: Metadata = { title: "Report a comment", robots: { index: false } };

/**
 * The Report control's page: a plain form, so reporting works without script. Signed out, to
 * sign-in and back here. After sending, the same page thanks the reader and links back.
 */
export default async function ReportCommentPage({ params, searchParams }: PageProps<"/comments/[id]/report">) {
  const { id } = await params;
  await requirePageUser(`/comments/${encodeURIComponent(id)}/report`);
  const comment = isIdShape(id) ? await getReportableComment(id) : null;
  if (!comment) notFound();
  const sent = (await searchParams).sent === "1";
  const back = `/papers/${comment.paperSlug}#${commentAnchor(comment.id)}`;
  return (
    <div className="mx-auto max-w-2xl py-6">
      <h1 className="text-2xl font-bold tracking-tight">Report a comment</h1>
      <p className="meta mt-1 text-sm">
        By <bdi>{comment.authorName}</bdi> on{" "}
        <a href={back} className="underline">
          {comment.paperTitle}
        </a>
      </p>
      <blockquote className="mt-4 max-w-[70ch] border-l-4 border-zinc-300 pl-4 dark:border-zinc-700">
        <CommentBody html={comment.bodyHtml} />
      </blockquote>
      {sent ? (
        <p role="status" className="mt-6">
          Thank you: the moderators will look at it.{" "}
          <a href={back} className="underline">
            Back to the discussion
          </a>
        </p>
      ) : (
        <ReportCommentForm commentId={comment.id} back={back} />
      )}
    </div>
  );
}
