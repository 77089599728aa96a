import { commentPreviewResponseSchema } from "@/lib/api/comments-schemas";
import { renderComment } from "@/lib/comments/render-comment";
import { route } from "@/lib/http/route";
import { commentTextSchema } from "@/lib/validations/comment";

/** The comment as it would show, rendered exactly as posting would, saving nothing. */
export const POST = route(
  { auth: "required", body: commentTextSchema, rateLimit: "commentPreview", response: commentPreviewResponseSchema },
  ({ body }) => ({ bodyHtml: renderComment(body.body) }),
);
