import { commentVoteResponseSchema } from "@/lib/api/comments-schemas";
import { signInHref } from "@/lib/auth/callback-url";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import { refreshAfterComment } from "@/lib/comments/refresh-after-comment";
import { setCommentVote, type CommentVoteResult } from "@/lib/comments/set-comment-vote";
import { unsetCommentVote } from "@/lib/comments/unset-comment-vote";
import { HttpError } from "@/lib/http/http-error";
import { pageBackHref } from "@/lib/http/page-back-href";
import { redirectTo, route } from "@/lib/http/route";
import { commentVoteBodySchema } from "@/lib/validations/comment";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/comments/[id]/vote">;

function voteRoute(operation: (userId: string, commentId: string) => Promise<CommentVoteResult>) {
  return route(
    { auth: "required", body: commentVoteBodySchema, rateLimit: "commentVote", response: commentVoteResponseSchema },
    async ({ user }, { params }: Context) => {
      const { id } = await params;
      const result = isIdShape(id) ? await operation(user.id, id) : null;
      if (!result) throw new HttpError(404, "no comment you can vote on has this id");
      // The order of "Best" and the counts on the cached page change with it.
      await refreshAfterComment(result.paperId, { countChanged: false });
      return { voted: result.voted, upvotes: result.upvotes };
    },
  );
}

/** Upvote a comment: `{ voted: true, upvotes }`. Repeating it changes nothing. */
export const PUT = voteRoute(setCommentVote);
/** Take the upvote back: `{ voted: false, upvotes }`. Repeating it changes nothing. */
export const DELETE = voteRoute(unsetCommentVote);

/**
 * A comment's Upvote is a form, so a press without script (or before it runs) still counts: it
 * upvotes (never takes back: the cached page cannot show whether the reader had voted, so a toggle
 * could undo what they meant) and returns to the comment, whose count the refreshed page shows.
 * Signed out, to sign-in and back to the page.
 */
export const POST = route({ auth: "optional", rateLimit: "commentVote" }, async ({ user, request }, { params }: Context) => {
  const { id } = await params;
  if (!user) return redirectTo(signInHref(pageBackHref(request, "/")));
  const result = isIdShape(id) ? await setCommentVote(user.id, id) : null;
  if (!result) throw new HttpError(404, "no comment you can vote on has this id");
  await refreshAfterComment(result.paperId, { countChanged: false });
  return redirectTo(pageBackHref(request, "/", commentAnchor(id)));
});
