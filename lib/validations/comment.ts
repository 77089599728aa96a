import { z } from "zod";
import { COMMENT_SORTS, COMMENTS_PAGE_DEFAULT, COMMENTS_PAGE_MAX, MAX_COMMENT_LENGTH } from "@/lib/comments/comment-limits";
import { cursorParam, limitParam } from "@/lib/validations/page-query";

// Control characters other than tab and newline: nothing a person types, and PostgreSQL's text
// cannot hold NUL at all, so they would only make a 500.
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A comment's Markdown: line ends made \n, control characters dropped, trimmed, 1 to 10,000 characters. */
export const commentBodySchema = z
  .string({ error: "is required" })
  .transform((value) => value.replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_TAB_AND_NEWLINE, "").trim())
  .pipe(
    z
      .string()
      .min(1, "must not be empty")
      .max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters`),
  );

const commentIdSchema = z.string({ error: "must be a comment id" }).regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a comment id");

/** POST /api/papers/{id}/comments, as JSON or as the page's form: the text and, for a reply, its parent. */
export const postCommentSchema = z.object({
  body: commentBodySchema,
  // The form sends an empty field for a top-level comment.
  parentId: z.preprocess((value) => (value === "" ? null : value), commentIdSchema.nullable().optional()),
});

/** PATCH /api/comments/{id} and POST /api/comments/preview. */
export const commentTextSchema = z.object({ body: commentBodySchema });

/** PUT/DELETE /api/comments/{id}/vote: no body, or an empty JSON object. */
export const commentVoteBodySchema = z.strictObject({}, { error: "must be empty or {}" }).optional();

/** GET /api/papers/{id}/comments and the discussion pages. */
export const commentsQuerySchema = z.object({
  sort: z.enum(COMMENT_SORTS, { error: "must be best or new" }).default("best"),
  cursor: cursorParam,
  limit: limitParam(COMMENTS_PAGE_MAX, COMMENTS_PAGE_DEFAULT),
});
