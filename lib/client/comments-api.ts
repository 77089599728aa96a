// Comments, as the browser calls them. Answers are typed by the server's response schemas (lib/api/).
import type { CommentPage, CommentPreviewResponse, CommentVoteResponse, CommentWriteResponse } from "@/lib/api/comments-schemas";
import { fetchJson } from "@/lib/client/fetch-json";

export const commentsApi = {
  /** The first page of a paper's discussion, fresh (after a write from this page). */
  page: (paperId: string, sort: "best" | "new") =>
    fetchJson<CommentPage>(`/api/papers/${encodeURIComponent(paperId)}/comments?sort=${sort}&limit=50`),
  /** A new comment on the paper, or a reply to `parentId`. */
  post: (paperId: string, body: string, parentId: string | null) =>
    fetchJson<CommentWriteResponse>(`/api/papers/${encodeURIComponent(paperId)}/comments`, { method: "POST", body: { body, parentId } }),
  /** New text for one's own comment, within 15 minutes of posting it. */
  edit: (commentId: string, body: string) =>
    fetchJson<CommentWriteResponse>(`/api/comments/${encodeURIComponent(commentId)}`, { method: "PATCH", body: { body } }),
  remove: (commentId: string) => fetchJson<{ deleted: true }>(`/api/comments/${encodeURIComponent(commentId)}`, { method: "DELETE" }),
  /** Upvotes (true) or takes the upvote back (false); idempotent. */
  vote: (commentId: string, voted: boolean) =>
    fetchJson<CommentVoteResponse>(`/api/comments/${encodeURIComponent(commentId)}/vote`, { method: voted ? "PUT" : "DELETE" }),
  /** The comment rendered as posting would, saving nothing. */
  preview: (body: string) => fetchJson<CommentPreviewResponse>("/api/comments/preview", { method: "POST", body: { body } }),
};
