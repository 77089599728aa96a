"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent, type FormEvent, type RefObject } from "react";
import { collectionsApi, type MyCollection } from "@/lib/client/collections-api";
import type { PaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { useMyCollections } from "@/lib/client/use-my-collections";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { useDismiss } from "@/lib/hooks/use-dismiss";
import { useFocusTrap } from "@/lib/hooks/use-focus-trap";
import { useInstantValue } from "@/lib/hooks/use-instant-value";
import { useStableOrder } from "@/lib/hooks/use-stable-order";
import { paperAnchor } from "@/lib/papers/paper-anchor";
import { COLLECTION_TITLE_MAX, collectionTitleSchema } from "@/lib/validations/collection";

type Toggle = { collection: MyCollection | null; add: boolean };

/**
 * The "Save to…" menu: all my collections as checkboxes, and "new collection with this paper".
 * Focus stays inside while it is open; Escape or a press outside closes it.
 */
export function SaveToMenu(props: { id: string; paperId: string; trigger: RefObject<HTMLElement | null>; onClose: () => void }) {
  const { id, paperId, trigger, onClose } = props;
  const client = useQueryClient();
  const panel = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState("");
  const collections = useMyCollections({ paperId });
  // The Reading list first, then the order the menu opened with: a refetch must not move the rows.
  const rows = useStableOrder(collections.data, (c) => c.isDefault);
  useFocusTrap(panel, true, onClose);
  useDismiss([panel, trigger], true, onClose);
  const listKey = queryKeys.myCollections(paperId);
  const stateKey = queryKeys.paperState(paperId);

  const toggle = useOptimisticMutation({
    mutationFn: async ({ collection, add }: Toggle) => {
      // No Reading list yet: checking it is the one-click Save, which creates it.
      if (!collection) await collectionsApi.save(paperId);
      else if (add) await collectionsApi.addItem(collection.id, paperId);
      else await collectionsApi.removeItem(collection.id, paperId);
    },
    onMutate: () => setError(null),
    optimistic: ({ collection, add }) => [
      cacheUpdate<MyCollection[]>(listKey, (list) =>
        list.map((c) => (c.id === collection?.id ? { ...c, hasPaper: add, itemCount: c.itemCount + (add ? 1 : -1) } : c)),
      ),
      // The Save button follows the checkboxes (the list is already updated when this runs).
      cacheUpdate<PaperState>(stateKey, (s) => ({
        ...s,
        saved: collection ? (client.getQueryData<MyCollection[]>(listKey) ?? []).some((c) => c.hasPaper) : true,
      })),
    ],
    invalidates: () => [queryKeys.myCollectionLists()],
    onError: (err) => setError(`Not changed: ${err.message}`),
  });
  const create = useOptimisticMutation({
    mutationFn: (name: string) => collectionsApi.create({ title: name, paperId }),
    onMutate: () => setError(null),
    answered: (collection) => [
      cacheUpdate<MyCollection[]>(listKey, (list) => [...list, { ...collection, hasPaper: true }]),
      cacheUpdate<PaperState>(stateKey, (s) => ({ ...s, saved: true })),
    ],
    invalidates: () => [queryKeys.myCollectionLists()],
    onSuccess: () => setNewTitle(""),
    onError: (err) => setError(`Not created: ${err.message}`),
  });

  function onCreate(event: FormEvent) {
    event.preventDefault();
    const parsed = collectionTitleSchema.safeParse(newTitle);
    if (!parsed.success) return setError(`Collection name ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
    create.mutate(parsed.data);
  }

  return (
    <div
      ref={panel}
      id={id}
      role="dialog"
      aria-label="Save to…"
      // The paper's heading says which paper (the page need not send its title again).
      aria-describedby={paperAnchor(paperId)}
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
          Your collections could not be loaded: {collections.error.message}
        </p>
      ) : (
        <ul className="max-h-60 space-y-0.5 overflow-y-auto">
          {!rows?.some((c) => c.isDefault) && (
            // The Reading list is made on first save; once made, the list's refetch shows it in its place.
            <SaveToOption
              label="Reading list"
              checked={false}
              onToggle={() => toggle.mutateAsync({ collection: null, add: true }).then(() => collections.refetch())}
            />
          )}
          {rows?.map((collection) => (
            <SaveToOption
              key={collection.id}
              label={collection.title}
              count={collection.itemCount}
              checked={collection.hasPaper ?? false}
              onToggle={(add) => toggle.mutateAsync({ collection, add })}
            />
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

/** One checkbox of the menu. It shows a click at once (see useInstantValue): the cache's update comes a moment later. */
function SaveToOption(props: { label: string; count?: number; checked: boolean; onToggle: (add: boolean) => Promise<unknown> }) {
  const { label, count, checked, onToggle } = props;
  const [shown, change] = useInstantValue(checked);
  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const add = event.target.checked;
    change(add, () => onToggle(add));
  }
  return (
    <li>
      <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
        <input type="checkbox" checked={shown} onChange={onChange} className="h-4 w-4 accent-accent-600" />
        <span className="min-w-0 flex-1 truncate">{label}</span>
        {count !== undefined && (
          <span className="meta text-xs tabular-nums" aria-label={`${count} papers`}>
            {count}
          </span>
        )}
      </label>
    </li>
  );
}
