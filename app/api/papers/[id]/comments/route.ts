import { commentPageSchema, commentWriteResponseSchema } from "@/lib/api/comments-schemas";
import { signInHref } from "@/lib/auth/callback-url";
import { checkCommentLimits } from "@/lib/comments/check-comment-limits";
import { commentAnchor } from "@/lib/comments/comment-anchor";
import { getCommentPage } from "@/lib/comments/get-comment-thread";
import { postComment } from "@/lib/comments/post-comment";
import { refreshAfterComment } from "@/lib/comments/refresh-after-comment";
import { HttpError } from "@/lib/http/http-error";
import { pageBackHref } from "@/lib/http/page-back-href";
import { isFormBody } from "@/lib/http/read-request";
import { redirectTo, reply, route } from "@/lib/http/route";
import { commentsQuerySchema, postCommentSchema } from "@/lib/validations/comment";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/papers/[id]/comments">;
const NO_PAPER = "no paper has this id";

/** A page of the paper's top-level comments, each with its replies to the readable depth. Public and cached. */
export const GET = route({ query: commentsQuerySchema, response: commentPageSchema }, async ({ query }, { params }: Context) => {
  const { id } = await params;
  const page = isIdShape(id) ? await getCommentPage(id, query.sort, query.cursor ?? null, query.limit) : null;
  if (!page) throw new HttpError(404, NO_PAPER);
  return page;
});

/**
 * Posts a comment (or a reply: `parentId`). JSON answers 201 with the comment. The paper page's
 * form posts here too, without script: signed out it goes to sign-in and back to the discussion;
 * signed in it comes back to the new comment on the page it was posted from.
 */
export const POST = route(
  { auth: "optional", body: postCommentSchema, bodyType: "json-or-form", rateLimit: "commentPost", response: commentWriteResponseSchema },
  async ({ body, user, request }, { params }: Context) => {
    const { id } = await params;
    const fromForm = isFormBody(request);
    if (!user) {
      if (fromForm) return redirectTo(signInHref(pageBackHref(request, "/", "discussion")));
      throw new HttpError(401, "Sign in to comment.");
    }
    if (!isIdShape(id)) throw new HttpError(404, NO_PAPER);
    await checkCommentLimits(user.id, id);
    const result = await postComment({ paperId: id, authorId: user.id, body: body.body, parentId: body.parentId });
    if (result.status === "no-paper") throw new HttpError(404, NO_PAPER);
    if (result.status === "no-parent") throw new HttpError(400, "parentId: no comment you can reply to has this id on this paper");
    await refreshAfterComment(result.paperId, { countChanged: true });
    if (fromForm) return redirectTo(pageBackHref(request, "/", commentAnchor(result.comment.id)));
    return reply({ comment: result.comment, commentCount: result.commentCount }, { status: 201 });
  },
);
