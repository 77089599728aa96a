import { Discussion } from "@/components/comments/discussion";
import { getCommentThreadForPage } from "@/lib/comments/get-comment-thread";

/** The paper page's discussion: the first page, Best first, from the data cache under the paper's comments tag. */
export async function PaperDiscussion({ paper }: { paper: { id: string; slug: string } }) {
  const page = await getCommentThreadForPage(paper.id);
  if (!page) return null;
  const more = page.nextCursor ? `/papers/${paper.slug}/comments?sort=best&cursor=${page.nextCursor}` : null;
  return <Discussion paper={paper} comments={page.comments} commentCount={page.commentCount} sort="best" moreHref={more} />;
}
