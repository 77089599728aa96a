"use client";

import { useState } from "react";
import { ErrorPopover } from "@/components/ui/error-popover";
import { usePaperState } from "@/lib/client/use-paper-state";
import { useSetRead } from "@/lib/client/use-set-read";
import { paperAnchor } from "@/lib/papers/paper-anchor";

/**
 * A card's quiet "Read" (the title dims with it, globals.css `.card:has(.read-mark)`) and its
 * "Mark as unread", once the page's batched per-viewer request says the viewer read the paper.
 * Nothing in the cached HTML: a card is the same for everyone until this runs.
 */
export function ReadMark({ paperId }: { paperId: string }) {
  const state = usePaperState(paperId);
  const [error, setError] = useState<string | null>(null);
  const setRead = useSetRead(paperId, setError);
  // A refused "Mark as unread" rolls back to read, so its message always has a mark to sit under.
  if (!state.data?.read) return null;
  return (
    <p className="read-mark">
      <span>Read</span>
      <span aria-hidden="true">·</span>
      {/* Described by the card's title, so thirty of these are told apart by a screen reader. */}
      <button type="button" className="link-button" aria-describedby={paperAnchor(paperId)} onClick={() => setRead.mutate(false)}>
        Mark as unread
      </button>
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="left-0 w-56" />}
    </p>
  );
}
