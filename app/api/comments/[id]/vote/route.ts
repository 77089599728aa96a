import { commentVoteResponseSchema } from "@/lib/api/comments-schemas";
import { refreshAfterComment } from "@/lib/comments/refresh-after-comment";
import { setCommentVote, type CommentVoteResult } from "@/lib/comments/set-comment-vote";
import { unsetCommentVote } from "@/lib/comments/unset-comment-vote";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
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
