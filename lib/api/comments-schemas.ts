import { z } from "zod";
import { apiRegistry, isoDate } from "@/lib/api/api-registry";

/**
 * Answers of the comment routes: a paper's discussion (public, in the OpenAPI document) and the
 * signed-in writes on comments. `bodyHtml` is rendered and sanitised when the comment is written
 * (Markdown and KaTeX MathML through an allow-list), so a client may insert it as HTML.
 */

const commentAuthorSchema = z
  .strictObject({ username: z.string(), name: z.string() })
  .nullable()
  .meta({ description: "Null for a deleted comment, or when the account is gone." });

export type CommentNode = {
  id: string;
  parentId: string | null;
  depth: number;
  author: { username: string; name: string } | null;
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  upvotes: number;
  replies: CommentNode[];
  hiddenReplies: number;
};

export const commentSchema: z.ZodType<CommentNode> = z
  .strictObject({
    id: z.string(),
    parentId: z.string().nullable().meta({ description: "The comment this replies to; null for a top-level comment." }),
    depth: z.number().int().min(0).meta({ description: "0 for a top-level comment, 1 for a reply to one, and so on." }),
    author: commentAuthorSchema,
    bodyHtml: z
      .string()
      .meta({ description: 'Safe HTML: Markdown and math, rendered when written. Empty when `deleted` (show "[deleted]").' }),
    createdAt: isoDate,
    editedAt: isoDate.nullable().meta({ description: "When its author last edited it (possible for 15 minutes after posting)." }),
    deleted: z.boolean().meta({ description: "Deleted by its author; kept in the thread only because it has replies." }),
    upvotes: z.number().int().min(0),
    get replies() {
      return z.array(commentSchema).meta({ description: "Replies in the same order, down to the readable depth." });
    },
    hiddenReplies: z
      .number()
      .int()
      .min(0)
      .meta({ description: "Replies below the readable depth: read them at /papers/{slug}/comments/{id}." }),
  })
  .register(apiRegistry, { id: "Comment" });

export const commentPageSchema = z
  .strictObject({
    comments: z.array(commentSchema).meta({ description: "Top-level comments of this page, each with its replies." }),
    commentCount: z.number().int().min(0).meta({ description: "Comments on the paper, deleted ones left out." }),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .register(apiRegistry, { id: "CommentPage" });
export type CommentPage = z.infer<typeof commentPageSchema>;

/** POST /api/papers/{id}/comments (201) and PATCH /api/comments/{id}: the comment as stored. */
export const commentWriteResponseSchema = z.strictObject({ comment: commentSchema, commentCount: z.number().int().min(0).optional() });
export type CommentWriteResponse = z.infer<typeof commentWriteResponseSchema>;

/** DELETE /api/comments/{id}. */
export const commentDeleteResponseSchema = z.strictObject({ deleted: z.literal(true), commentCount: z.number().int().min(0) });

/** PUT and DELETE /api/comments/{id}/vote: the viewer's vote and the comment's count after it. */
export const commentVoteResponseSchema = z.strictObject({ voted: z.boolean(), upvotes: z.number().int().min(0) });
export type CommentVoteResponse = z.infer<typeof commentVoteResponseSchema>;

/** POST /api/comments/preview: what the comment would look like. */
export const commentPreviewResponseSchema = z.strictObject({ bodyHtml: z.string() });
export type CommentPreviewResponse = z.infer<typeof commentPreviewResponseSchema>;
