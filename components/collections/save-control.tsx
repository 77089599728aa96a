"use client";

import { useId, useRef, useState } from "react";
import { SaveToMenu } from "@/components/collections/save-to-menu";
import { ErrorPopover } from "@/components/ui/error-popover";
import { collectionsApi } from "@/lib/client/collections-api";
import type { PaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { usePaperState } from "@/lib/client/use-paper-state";
import { useRequireSignIn } from "@/lib/hooks/use-require-sign-in";

function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0">
      <path
        d="M5 3h10a1 1 0 0 1 1 1v13l-6-3.5L4 17V4a1 1 0 0 1 1-1z"
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * "Save": one click puts the paper in the Reading list, another takes it out of every collection
 * of mine (like unstarring). "Save to…" opens a menu of all my collections with checkboxes and a
 * field to make a new one with the paper in it. The saved state comes from the page's one batched
 * per-user request; every click shows its result at once and rolls back with a message on failure.
 */
export function SaveControl({ paperId, title, size = "card" }: { paperId: string; title: string; size?: "card" | "page" }) {
  const state = usePaperState(paperId);
  const requireSignIn = useRequireSignIn(paperId);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
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
    onMutate: () => {
      setError(null);
      setStatus("");
    },
    optimistic: (save) => [cacheUpdate<PaperState>(queryKeys.paperState(paperId), (s) => ({ ...s, saved: save }))],
    invalidates: () => [queryKeys.myCollectionLists()],
    onError: (err, save) => setError(`${save ? "Not saved" : "Not removed"}: ${err.message}`),
    onSuccess: (removedFrom, save) =>
      setStatus(
        save
          ? "Saved to your Reading list."
          : removedFrom.length > 0
            ? `Removed from ${removedFrom.map((c) => c.title).join(", ")}.`
            : "Removed.",
      ),
  });

  async function onSave() {
    const current = await requireSignIn();
    if (current !== null) toggle.mutate(!(current?.saved ?? saved));
  }

  async function onOpenMenu() {
    if (open) return setOpen(false);
    if ((await requireSignIn()) !== null) setOpen(true);
  }

  const big = size === "page";
  const pressed = saved ? "toggle-on" : "save-off";
  return (
    <div className="relative shrink-0 self-start">
      <div className="flex">
        <button
          type="button"
          aria-label="Save"
          aria-pressed={saved}
          title={saved ? `Saved. Click to remove “${title}” from your collections.` : `Save “${title}” to your Reading list`}
          onClick={() => void onSave()}
          className={`flex items-center gap-1.5 rounded-l-md border text-sm font-medium ${big ? "px-3 py-1.5" : "px-2 py-1.5"} ${pressed}`}
        >
          <BookmarkIcon filled={saved} />
          <span aria-hidden="true" className={big ? "" : "hidden sm:inline"}>
            Save
          </span>
        </button>
        <button
          ref={trigger}
          type="button"
          aria-label="Save to…"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onClick={() => void onOpenMenu()}
          className={`-ml-px flex items-center rounded-r-md border px-1.5 ${pressed}`}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3 w-3 fill-current">
            <path d="M5 7l5 6 5-6z" />
          </svg>
        </button>
      </div>
      {open && <SaveToMenu id={menuId} paperId={paperId} title={title} trigger={trigger} onClose={() => setOpen(false)} />}
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="right-0 w-60" />}
    </div>
  );
}
