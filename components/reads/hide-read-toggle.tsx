"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { announce } from "@/lib/client/announce";
import { useHideRead } from "@/lib/client/use-hide-read";
import { useMe } from "@/lib/client/use-me";
import type { PaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { pluralize } from "@/lib/format";

/** Set on <html> while read cards are hidden; globals.css hides `.card:has(.read-mark)` under it. */
const HIDING = "hideRead";

/**
 * "Hide read", beside a list's sort tabs, for a signed-in viewer only (nothing for others: the
 * cached list shows them everything). Read cards are hidden by a style, not left out of the page,
 * so the list stays the one cached page for everyone; which cards are read comes from the page's
 * one batched per-viewer request (the same queries the cards use, so no request of its own).
 * Says how many it hides, with a button to show them again.
 */
export function HideReadToggle() {
  const me = useMe();
  const userId = me.data?.id ?? null;
  const [hidden, setHidden] = useHideRead(userId);
  const button = useRef<HTMLButtonElement>(null);
  const readCount = useReadCardCount(userId !== null);

  useEffect(() => {
    if (!hidden) return;
    document.documentElement.dataset[HIDING] = "";
    return () => {
      delete document.documentElement.dataset[HIDING];
    };
  }, [hidden]);

  if (!userId) return null;

  function toggle(hide: boolean) {
    setHidden(hide);
    announce(hide ? `${pluralize(readCount, "read paper")} hidden.` : "Read papers shown.");
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="tabs">
        <button ref={button} type="button" className="tab" aria-pressed={hidden} onClick={() => toggle(!hidden)}>
          Hide read
        </button>
      </div>
      {hidden && readCount > 0 && (
        <p className="meta text-sm" data-testid="hidden-read">
          {pluralize(readCount, "read paper")} hidden.{" "}
          {/* It goes away with the press: focus moves to the toggle, which now says the cards are shown. */}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              toggle(false);
              button.current?.focus();
            }}
          >
            Show them
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * How many of the page's cards the viewer has read. The cards in view are the paper states in use
 * (a card's islands observe its state; a list left by a client-side navigation no longer does), so
 * the page need not list its papers' ids for this, thirty ids in every cached list page.
 */
function useReadCardCount(signedIn: boolean): number {
  const cache = useQueryClient().getQueryCache();
  // Signed out, nothing is read: no scan of the cache on each of the page's thirty state answers.
  return useSyncExternalStore(
    (onChange) => (signedIn ? cache.subscribe(onChange) : () => {}),
    () =>
      signedIn
        ? cache
            .findAll({ queryKey: queryKeys.paperStates(), type: "active" })
            .filter((query) => (query.state.data as PaperState | undefined)?.read).length
        : 0,
    () => 0,
  );
}
