import { commentDeleteResponseSchema, commentWriteResponseSchema } from "@/lib/api/comments-schemas";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { refreshAfterComment } from "@/lib/comments/refresh-after-comment";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { commentTextSchema } from "@/lib/validations/comment";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/comments/[id]">;
const NO_COMMENT = "no comment has this id";

async function commentId(params: Context["params"]): Promise<string> {
  const { id } = await params;
  if (!isIdShape(id)) throw new HttpError(404, NO_COMMENT);
  return id;
}

/** Replaces the text of one's own comment, within 15 minutes of posting it. */
export const PATCH = route(
  { auth: "required", body: commentTextSchema, rateLimit: "commentEdit", response: commentWriteResponseSchema },
  async ({ body, user }, { params }: Context) => {
    const result = await editComment({ commentId: await commentId(params), userId: user.id, body: body.body });
    if (result.status === "not-found") throw new HttpError(404, NO_COMMENT);
    if (result.status === "not-author") throw new HttpError(403, "Only its author can edit a comment.");
    if (result.status === "too-late")
      throw new HttpError(409, "A comment can be edited for 15 minutes after posting; this one no longer can.");
    await refreshAfterComment(result.paperId, { countChanged: false });
    return { comment: result.comment };
  },
);

/** Deletes one's own comment; with replies it stays in the thread as "[deleted]". Repeating it changes nothing. */
export const DELETE = route(
  { auth: "required", rateLimit: "commentEdit", response: commentDeleteResponseSchema },
  async ({ user }, { params }: Context) => {
    const result = await deleteComment({ commentId: await commentId(params), userId: user.id });
    if (result.status === "not-found") throw new HttpError(404, NO_COMMENT);
    if (result.status === "not-author") throw new HttpError(403, "Only its author can delete a comment.");
    await refreshAfterComment(result.paperId, { countChanged: true });
    return { deleted: true as const, commentCount: result.commentCount };
  },
);
