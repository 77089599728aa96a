"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { CommentForm } from "@/components/comments/comment-form";
import { useDiscussionRefresh } from "@/components/comments/discussion-refresh";
import { signInHref } from "@/lib/auth/callback-url";
import { commentsApi } from "@/lib/client/comments-api";
import type { CommentState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { useCommentState } from "@/lib/client/use-comment-state";
import { useMe } from "@/lib/client/use-me";
import { pluralize } from "@/lib/format";

type Props = {
  paperId: string;
  commentId: string;
  upvotes: number;
  /** The sub-thread page: where Reply goes without script. */
  threadHref: string;
  deleted: boolean;
  /** The Report control (components/moderation/), rendered by the server into the row. */
  report?: ReactNode;
};

/**
 * A comment's quiet text buttons: Upvote (with its count), Reply, and for its author Edit (for 15
 * minutes) and Delete. Who voted and whose it is come from the page's batched per-viewer request,
 * so the cached page is the same for everyone.
 */
export function CommentActions({ paperId, commentId, upvotes, threadHref, deleted, report }: Props) {
  const router = useRouter();
  const client = useQueryClient();
  const refresh = useDiscussionRefresh();
  const me = useMe();
  const state = useCommentState(paperId);
  const [mode, setMode] = useState<"idle" | "reply" | "edit">("idle");
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const voted = state.data?.voted.includes(commentId) ?? false;
  const mine = state.data?.mine.find((c) => c.id === commentId);
  // The server sends the Markdown only while the comment is still editable (and refuses an edit after).
  const editable = mine?.body !== undefined;
  const key = queryKeys.commentState(paperId);

  function signIn(): boolean {
    if (me.data !== null) return true;
    router.push(signInHref(`${window.location.pathname}${window.location.search}#comment-${commentId}`));
    return false;
  }

  async function vote() {
    if (!signIn()) return;
    const next = !voted;
    setError(null);
    const mark = (on: boolean) =>
      client.setQueryData<CommentState>(
        key,
        (s) =>
          s && { ...s, voted: on ? [...s.voted.filter((id) => id !== commentId), commentId] : s.voted.filter((id) => id !== commentId) },
      );
    // A refetch already under way (after a post, the state is fetched again) would land after this
    // press with the state from before it, and unpress the button: cancel it first.
    await client.cancelQueries({ queryKey: key });
    mark(next);
    setCount((c) => (c ?? upvotes) + (next ? 1 : -1));
    try {
      const answer = await commentsApi.vote(commentId, next);
      mark(answer.voted);
      setCount(answer.upvotes);
      // What the cancelled refetch was for (a new comment of mine, say), now with this vote in it.
      void client.invalidateQueries({ queryKey: key });
    } catch (err) {
      setError(`Your upvote was not saved: ${(err as Error).message}`);
      void client.invalidateQueries({ queryKey: key });
      setCount(null);
    }
  }

  async function remove() {
    if (!window.confirm("Delete this comment? Replies stay; your text and name go.")) return;
    try {
      await commentsApi.remove(commentId);
      await refresh();
    } catch (err) {
      setError(`Not deleted: ${(err as Error).message}`);
    }
  }

  if (deleted) return null;
  return (
    <div className="mt-1">
      <div className="meta flex flex-wrap items-center gap-3 text-sm">
        {/* A form, so a press without script (or before it runs) still upvotes (the POST route). */}
        <form
          method="post"
          action={`/api/comments/${encodeURIComponent(commentId)}/vote`}
          className="contents"
          onSubmit={(event) => {
            event.preventDefault();
            void vote();
          }}
        >
          <button className="comment-action" aria-pressed={voted} aria-label={`Upvote, ${pluralize(count ?? upvotes, "upvote")}`}>
            ▲ {count ?? upvotes}
          </button>
        </form>
        <a
          href={`${threadHref}#reply`}
          className="comment-action"
          onClick={(event) => {
            event.preventDefault();
            if (signIn()) setMode(mode === "reply" ? "idle" : "reply");
          }}
          aria-expanded={mode === "reply"}
        >
          Reply
        </a>
        {editable && (
          <button
            type="button"
            className="comment-action"
            aria-expanded={mode === "edit"}
            onClick={() => setMode(mode === "edit" ? "idle" : "edit")}
          >
            Edit
          </button>
        )}
        {mine && (
          <button type="button" className="comment-action" onClick={() => void remove()}>
            Delete
          </button>
        )}
        {!mine && report}
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {mode === "reply" && <CommentForm paperId={paperId} parentId={commentId} label="Reply" onDone={() => setMode("idle")} />}
      {mode === "edit" && (
        <CommentForm
          paperId={paperId}
          editing={{ commentId, body: mine?.body ?? "" }}
          label="Edit comment"
          onDone={() => setMode("idle")}
        />
      )}
    </div>
  );
}
