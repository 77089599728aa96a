"use client";

import { ErrorPopover } from "@/components/ui/error-popover";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { paperStateKey, paperStateQuery, updatePaperState, usePaperState, type PaperState } from "@/components/papers/paper-state";
import { useFocusTrap } from "@/lib/hooks/use-focus-trap";
import { collectionsApi, myCollectionsKey } from "@/lib/collections/collections-client";
import type { MyCollection } from "@/lib/api/collections-schemas";
import { COLLECTION_TITLE_MAX, collectionTitleSchema } from "@/lib/validations/collection";

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

const message = (error: unknown) => (error instanceof Error ? error.message : "something went wrong");

/**
 * "Save": one click puts the paper in the Reading list, another takes it out of every collection
 * of mine (like unstarring). "Save to…" opens a menu of all my collections with checkboxes and a
 * field to make a new one with the paper in it. The saved state comes from the page's one batched
 * per-user request; every click shows its result at once and rolls back with a message on failure.
 */
export function SaveControl({ paperId, title, size = "card" }: { paperId: string; title: string; size?: "card" | "page" }) {
  const client = useQueryClient();
  const router = useRouter();
  const state = usePaperState(paperId);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const saved = state.data?.saved ?? false;

  const toggle = useMutation({
    scope: { id: `save:${paperId}` },
    mutationFn: (save: boolean) =>
      save ? collectionsApi.save(paperId).then(() => []) : collectionsApi.unsave(paperId).then((r) => r.removedFrom),
    onMutate: async (save) => {
      setError(null);
      setStatus("");
      await client.cancelQueries({ queryKey: paperStateKey(paperId) });
      return { previous: updatePaperState(client, paperId, (s) => ({ ...s, saved: save })) };
    },
    onError: (err, save, context) => {
      if (context?.previous) client.setQueryData<PaperState>(paperStateKey(paperId), context.previous);
      setError(`${save ? "Not saved" : "Not removed"}: ${message(err)}`);
    },
    onSuccess: (removedFrom, save) => {
      setStatus(
        save
          ? "Saved to your Reading list."
          : removedFrom.length > 0
            ? `Removed from ${removedFrom.map((c) => c.title).join(", ")}.`
            : "Removed.",
      );
    },
    onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
  });

  async function signedIn(): Promise<boolean> {
    const current = state.data ?? (await client.fetchQuery(paperStateQuery(paperId)).catch(() => undefined));
    if (current && !current.signedIn) {
      router.push(`/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
      return false;
    }
    return true;
  }

  async function onSave() {
    if (!(await signedIn())) return;
    toggle.mutate(!(client.getQueryData<PaperState>(paperStateKey(paperId))?.saved ?? saved));
  }

  async function onOpenMenu() {
    if (open) return setOpen(false);
    if (await signedIn()) setOpen(true);
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
      {open && <SaveToMenu id={menuId} paperId={paperId} title={title} onClose={() => setOpen(false)} />}
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="right-0 w-60" />}
    </div>
  );
}

/** The "Save to…" menu: all my collections as checkboxes, and "new collection with this paper". */
function SaveToMenu({ id, paperId, title, onClose }: { id: string; paperId: string; title: string; onClose: () => void }) {
  const client = useQueryClient();
  const panel = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState("");
  const key = myCollectionsKey(paperId);
  const collections = useQuery({ queryKey: key, queryFn: () => collectionsApi.list(paperId), staleTime: 0 });
  useFocusTrap(panel, true, onClose);

  useEffect(() => {
    // A click outside closes the menu (the toggle button handles its own clicks).
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Element;
      if (!panel.current?.contains(target) && !target.closest?.(`[aria-controls="${id}"]`)) onClose();
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [id, onClose]);

  const toggle = useMutation({
    mutationFn: async ({ collection, add }: { collection: MyCollection | null; add: boolean }): Promise<void> => {
      // No Reading list yet: checking it is the one-click Save, which creates it.
      if (!collection) await collectionsApi.save(paperId);
      else if (add) await collectionsApi.addItem(collection.id, paperId);
      else await collectionsApi.removeItem(collection.id, paperId);
    },
    onMutate: async ({ collection, add }) => {
      setError(null);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<MyCollection[]>(key);
      const next = previous?.map((c) => (c.id === collection?.id ? { ...c, hasPaper: add, itemCount: c.itemCount + (add ? 1 : -1) } : c));
      client.setQueryData(key, next);
      const previousState = client.getQueryData<PaperState>(paperStateKey(paperId));
      // The batched "saved" state follows the checkboxes.
      updatePaperState(client, paperId, (s) => ({ ...s, saved: collection ? (next ?? []).some((c) => c.hasPaper) : true }));
      return { previous, previousState };
    },
    onError: (err, _vars, context) => {
      client.setQueryData(key, context?.previous);
      if (context?.previousState) client.setQueryData(paperStateKey(paperId), context.previousState);
      setError(`Not changed: ${message(err)}`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
  });

  const create = useMutation({
    mutationFn: (input: { title: string }) => collectionsApi.create({ title: input.title, paperId }),
    onMutate: () => setError(null),
    onSuccess: (collection) => {
      client.setQueryData<MyCollection[]>(key, (list) => [...(list ?? []), { ...collection, hasPaper: true }]);
      updatePaperState(client, paperId, (s) => ({ ...s, saved: true }));
      setNewTitle("");
    },
    onError: (err) => setError(`Not created: ${message(err)}`),
    onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
  });

  function onCreate(event: FormEvent) {
    event.preventDefault();
    const parsed = collectionTitleSchema.safeParse(newTitle);
    if (!parsed.success) return setError(`Collection name ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
    create.mutate({ title: parsed.data });
  }

  const list = collections.data;
  const hasDefault = list?.some((c) => c.isDefault) ?? false;
  return (
    <div
      ref={panel}
      id={id}
      role="dialog"
      aria-label={`Save “${title}” to…`}
      className="absolute top-full right-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="mb-2 flex items-center justify-between">
        <p className="font-semibold">Save to…</p>
        <button type="button" onClick={onClose} className="meta rounded px-1 text-xs hover:underline">
          Close
        </button>
      </div>
      {collections.isPending ? (
        <ul aria-hidden="true" className="space-y-2 py-1">
          {[0, 1, 2].map((i) => (
            <li key={i} className="skeleton h-5 w-full" />
          ))}
        </ul>
      ) : collections.isError ? (
        <p role="alert" className="text-red-700 dark:text-red-300">
          Your collections could not be loaded: {message(collections.error)}
        </p>
      ) : (
        <ul className="max-h-60 space-y-0.5 overflow-y-auto">
          {!hasDefault && (
            <li>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                <input
                  type="checkbox"
                  checked={false}
                  onChange={() => toggle.mutate({ collection: null, add: true })}
                  className="h-4 w-4 accent-accent-600"
                />
                <span className="min-w-0 flex-1 truncate">Reading list</span>
              </label>
            </li>
          )}
          {list!.map((collection) => (
            <li key={collection.id}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                <input
                  type="checkbox"
                  checked={collection.hasPaper ?? false}
                  onChange={(event) => toggle.mutate({ collection, add: event.target.checked })}
                  className="h-4 w-4 accent-accent-600"
                />
                <span className="min-w-0 flex-1 truncate">{collection.title}</span>
                <span className="meta text-xs tabular-nums" aria-label={`${collection.itemCount} papers`}>
                  {collection.itemCount}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onCreate} className="mt-3 border-t border-zinc-200 pt-3 dark:border-zinc-700">
        <label htmlFor={`${id}-new`} className="mb-1 block text-xs font-medium">
          New collection
        </label>
        <div className="flex gap-2">
          <input
            id={`${id}-new`}
            className="input min-w-0 flex-1"
            value={newTitle}
            maxLength={COLLECTION_TITLE_MAX}
            placeholder="e.g. Diffusion models"
            onChange={(event) => setNewTitle(event.target.value)}
          />
          <button type="submit" className="btn-primary" disabled={create.isPending}>
            Create
          </button>
        </div>
        <p className="meta mt-1 text-xs">Creates the collection with this paper in it.</p>
      </form>
      {error && (
        <p role="alert" className="mt-2 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
