"use client";

import dynamic from "next/dynamic";
import { useId, useRef, useState, type FormEvent } from "react";
import { ErrorPopover } from "@/components/ui/error-popover";
import { announce } from "@/lib/client/announce";
import { collectionsApi } from "@/lib/client/collections-api";
import type { PaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { usePaperState } from "@/lib/client/use-paper-state";
import { useRequireSignIn } from "@/lib/hooks/use-require-sign-in";

// The menu (and the validation it shares with the server) loads on first open, not with every
// page that shows a Save button.
const SaveToMenu = dynamic(() => import("@/components/collections/save-to-menu").then((module) => module.SaveToMenu), { ssr: false });

/**
 * "Save": one click puts the paper in the Reading list, another takes it out of every collection
 * of mine (like unstarring). "Save to…" opens a menu of all my collections with checkboxes and a
 * field to make a new one with the paper in it. The saved state comes from the page's one batched
 * per-user request; every click shows its result at once and rolls back with a message on failure.
 */
export function SaveControl({ paperId, size = "card" }: { paperId: string; size?: "card" | "page" }) {
  const state = usePaperState(paperId);
  const requireSignIn = useRequireSignIn(paperId);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const saved = state.data?.saved ?? false;

  const toggle = useOptimisticMutation({
    scope: `save:${paperId}`,
    mutationFn: async (save: boolean) => {
      if (!save) return (await collectionsApi.unsave(paperId)).removedFrom;
      await collectionsApi.save(paperId);
      return [];
    },
    onMutate: () => setError(null),
    optimistic: (save) => [cacheUpdate<PaperState>(queryKeys.paperState(paperId), (s) => ({ ...s, saved: save }))],
    invalidates: () => [queryKeys.myCollectionLists()],
    onError: (err, save) => setError(`${save ? "Not saved" : "Not removed"}: ${err.message}`),
    onSuccess: (removedFrom, save) =>
      announce(
        save
          ? "Saved to your Reading list."
          : removedFrom.length > 0
            ? `Removed from ${removedFrom.map((c) => c.title).join(", ")}.`
            : "Removed.",
      ),
  });

  async function onSave(event: FormEvent) {
    // Synchronously, before any await: the form must not also post.
    event.preventDefault();
    const current = await requireSignIn();
    if (current !== null) toggle.mutate(!(current?.saved ?? saved));
  }

  async function onOpenMenu() {
    if (open) return setOpen(false);
    if ((await requireSignIn()) !== null) setOpen(true);
  }

  return (
    <div className="save">
      {/* A form, so a press before this script has run (or without script) still saves: see app/api/me/saves/[paperId]'s POST. */}
      <form method="post" action={`/api/me/saves/${paperId}`} onSubmit={(event) => void onSave(event)}>
        <button aria-label="Save" aria-pressed={saved} className={size === "page" ? "save-btn save-btn-page" : "save-btn"}>
          <span className={size === "page" ? "" : "save-label"}>Save</span>
        </button>
      </form>
      {/* Choosing collections needs script; without it the button is hidden (globals.css, .js-only). */}
      <button
        ref={trigger}
        type="button"
        aria-label="Save to…"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => void onOpenMenu()}
        className="save-more js-only"
      />
      {open && <SaveToMenu id={menuId} paperId={paperId} trigger={trigger} onClose={() => setOpen(false)} />}
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="right-0 w-60" />}
    </div>
  );
}
