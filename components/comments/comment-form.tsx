"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useDiscussionRefresh } from "@/components/comments/discussion-refresh";
import { signInHref } from "@/lib/auth/callback-url";
import { commentsApi } from "@/lib/client/comments-api";
import { useMe } from "@/lib/client/use-me";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/comment-limits";
import { CommentBody } from "@/components/comments/comment-body";

type Props = {
  paperId: string;
  parentId?: string | null;
  /** Edit mode: the comment's id and its current Markdown. */
  editing?: { commentId: string; body: string };
  onDone?: () => void;
  label?: string;
};

/**
 * The comment box. A real form: without script it posts to the API, which signs a signed-out
 * reader in first and brings a signed-in one back to their comment. With script it posts in place,
 * then shows the discussion fetched afresh (see discussion-refresh.ts). Preview renders on the
 * server exactly as posting would.
 */
export function CommentForm({ paperId, parentId = null, editing, onDone, label = "Comment" }: Props) {
  const router = useRouter();
  const refresh = useDiscussionRefresh();
  const me = useMe();
  const id = useId();
  const [body, setBody] = useState(editing?.body ?? "");
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function requireSignIn(): boolean {
    if (me.data !== null) return true;
    router.push(signInHref(`${window.location.pathname}${window.location.search}#discussion`));
    return false;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!requireSignIn()) return;
    setBusy(true);
    setError(null);
    try {
      if (editing) await commentsApi.edit(editing.commentId, body);
      else await commentsApi.post(paperId, body, parentId);
      setBody("");
      setPreview(null);
      onDone?.();
      await refresh();
    } catch (err) {
      setError(`Not ${editing ? "saved" : "posted"}: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function onPreview() {
    if (preview !== null) return setPreview(null);
    if (!requireSignIn()) return;
    setError(null);
    try {
      setPreview((await commentsApi.preview(body)).bodyHtml);
    } catch (err) {
      setError(`No preview: ${(err as Error).message}`);
    }
  }

  return (
    <form method="post" action={`/api/papers/${paperId}/comments`} onSubmit={(event) => void onSubmit(event)} className="mt-3 max-w-[70ch]">
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {preview === null ? (
        <textarea
          id={id}
          name="body"
          required
          maxLength={MAX_COMMENT_LENGTH}
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          className="input mt-1 font-[inherit]"
          aria-describedby={`${id}-help`}
        />
      ) : (
        <CommentBody
          className="mt-1 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
          aria-label="Preview"
          role="region"
          html={preview || "<p>Nothing to preview.</p>"}
        />
      )}
      <p id={`${id}-help`} className="meta mt-1 text-xs">
        Markdown and math ($x^2$, $$…$$); HTML shows as text. Up to 10,000 characters.
      </p>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="mt-2 flex gap-2">
        <button type="submit" className="btn-primary" disabled={busy}>
          {editing ? "Save changes" : "Post"}
        </button>
        <button type="button" className="btn" aria-pressed={preview !== null} onClick={() => void onPreview()}>
          {preview === null ? "Preview" : "Write"}
        </button>
        {onDone && (
          <button type="button" className="btn" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
