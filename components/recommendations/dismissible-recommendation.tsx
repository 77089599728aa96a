"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { recommendationsApi } from "@/lib/client/recommendations-api";

/**
 * A recommended card with its "Not interested" button. The button is a form (without script it
 * posts and the page comes back without the paper); with script the card folds into a line with
 * Undo, and the reader's model learns from it within a minute either way.
 */
export function DismissibleRecommendation({ paperId, title, children }: { paperId: string; title: string; children: ReactNode }) {
  const [dismissed, setDismissed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function change(next: boolean) {
    setPending(true);
    setError(null);
    try {
      await recommendationsApi.dismiss(paperId, next);
      setDismissed(next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "That did not work. Try again.");
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void change(true);
  }

  if (dismissed) {
    return (
      <div className="meta flex flex-wrap items-center gap-3 border-b border-zinc-200 py-3 text-sm dark:border-zinc-800" role="status">
        <span>
          You will not see <cite className="not-italic">{title}</cite> here again.
        </span>
        <button type="button" className="btn" disabled={pending} onClick={() => void change(false)}>
          Undo
        </button>
        {error && <span role="alert">{error}</span>}
      </div>
    );
  }
  return (
    <div className="recommendation">
      {children}
      <form
        method="post"
        action={`/api/me/dismissals/${paperId}`}
        onSubmit={onSubmit}
        className="-mt-2 mb-3 flex items-center gap-3 pl-14 sm:pl-15"
      >
        <button type="submit" className="btn text-xs" disabled={pending} aria-label={`Not interested in ${title}`}>
          Not interested
        </button>
        {error && (
          <span role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </span>
        )}
      </form>
    </div>
  );
}
