"use client";

import Link from "next/link";
import { useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import type { CollectionItemView } from "@/lib/api/collections-schemas";
import { formatAuthors, formatDate } from "@/lib/format";
import { ITEM_NOTE_MAX } from "@/lib/validations/collection";

const SORTS = {
  order: "Collection order",
  added: "Date added",
  published: "Published",
  title: "Title",
} as const;
type Sort = keyof typeof SORTS;

/** What the owner can do to items; absent for readers. */
export type ItemActions = {
  move: (paperId: string, after: string | null) => void;
  remove: (paperId: string) => void;
  setNote: (paperId: string, note: string) => Promise<void>;
};

function byKey(sort: Sort) {
  return (a: { item: CollectionItemView; index: number }, b: { item: CollectionItemView; index: number }) => {
    if (sort === "added") return b.item.addedAt.localeCompare(a.item.addedAt) || a.index - b.index;
    if (sort === "published") return (b.item.paper.publishedAt ?? "").localeCompare(a.item.paper.publishedAt ?? "") || a.index - b.index;
    if (sort === "title")
      return a.item.paper.title.localeCompare(b.item.paper.title, undefined, { sensitivity: "base" }) || a.index - b.index;
    return a.index - b.index;
  };
}

/**
 * A collection's papers as a reading list: order numbers, notes under each paper, and a view that
 * can be sorted and filtered without touching the stored order. With `actions` (the owner), each
 * item can be moved (buttons, or drag and drop in the collection's own order), removed, and its
 * note edited in place.
 */
export function CollectionItems({
  items,
  actions,
  emptyHint,
}: {
  items: CollectionItemView[];
  actions?: ItemActions;
  emptyHint?: React.ReactNode;
}) {
  const id = useId();
  const [sort, setSort] = useState<Sort>("order");
  const [filter, setFilter] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ paperId: string; before: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const list = useRef<HTMLOListElement>(null);

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return items
      .map((item, index) => ({ item, index }))
      .filter(
        ({ item }) => !needle || [item.paper.title, item.note, ...item.paper.authors].some((text) => text.toLowerCase().includes(needle)),
      )
      .sort(byKey(sort));
  }, [items, sort, filter]);
  // Rearranging only makes sense when the view shows the stored order, whole.
  const canReorder = Boolean(actions) && sort === "order" && filter.trim() === "";

  function move(index: number, to: number, focusDirection: "up" | "down") {
    if (!actions || to < 0 || to >= items.length || to === index) return;
    const item = items[index]!;
    const others = items.filter((_, i) => i !== index);
    const after = to === 0 ? null : others[to - 1]!.paperId;
    actions.move(item.paperId, after);
    setAnnouncement(`Moved “${item.paper.title}” to position ${to + 1} of ${items.length}.`);
    // Keep the keyboard on the item that moved, on the same button when it still makes sense.
    requestAnimationFrame(() => {
      const row = list.current?.querySelector<HTMLElement>(`[data-paper-id="${CSS.escape(item.paperId)}"]`);
      const wanted =
        row?.querySelector<HTMLButtonElement>(`[data-move="${focusDirection}"]:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>("[data-move]:not([disabled])");
      wanted?.focus();
    });
  }

  function onDrop(event: DragEvent, target: CollectionItemView) {
    event.preventDefault();
    const paperId = dragging ?? event.dataTransfer.getData("text/plain");
    setDragging(null);
    setDropTarget(null);
    const from = items.findIndex((i) => i.paperId === paperId);
    if (from === -1 || paperId === target.paperId) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const before = event.clientY < rect.top + rect.height / 2;
    const others = items.filter((i) => i.paperId !== paperId);
    const targetIndex = others.findIndex((i) => i.paperId === target.paperId);
    const to = before ? targetIndex : targetIndex + 1;
    move(from, to, "up");
  }

  if (items.length === 0) {
    return (
      <div className="meta rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
        {emptyHint ?? "This collection has no papers yet."}
      </div>
    );
  }

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <div className="min-w-40 flex-1">
          <label htmlFor={`${id}-filter`} className="mb-1 block text-xs font-medium">
            Filter
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            className="input"
            placeholder="Title, author or note"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-sort`} className="mb-1 block text-xs font-medium">
            Sort by
          </label>
          <select id={`${id}-sort`} className="input w-auto" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {actions && !canReorder && (
        <p className="meta mb-2 text-xs">
          Showing a sorted or filtered view; the collection’s order is unchanged. Choose “Collection order” and clear the filter to
          rearrange.
        </p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {shown.length === 0 ? (
        <p className="meta py-6 text-center text-sm">No paper in this collection matches “{filter}”.</p>
      ) : (
        <ol ref={list} className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Papers in this collection">
          {shown.map(({ item, index }) => (
            <li
              key={item.paperId}
              data-paper-id={item.paperId}
              draggable={canReorder}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", item.paperId);
                setDragging(item.paperId);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropTarget(null);
              }}
              onDragOver={(event) => {
                if (!canReorder || !dragging) return;
                event.preventDefault();
                const rect = event.currentTarget.getBoundingClientRect();
                const before = event.clientY < rect.top + rect.height / 2;
                if (dropTarget?.paperId !== item.paperId || dropTarget.before !== before) setDropTarget({ paperId: item.paperId, before });
              }}
              onDrop={(event) => canReorder && onDrop(event, item)}
              className={`relative flex gap-3 py-4 ${dragging === item.paperId ? "opacity-50" : ""} ${
                dropTarget?.paperId === item.paperId
                  ? dropTarget.before
                    ? "shadow-[inset_0_2px_0_0_var(--color-accent-500)]"
                    : "shadow-[inset_0_-2px_0_0_var(--color-accent-500)]"
                  : ""
              }`}
            >
              {canReorder && (
                <span aria-hidden="true" title="Drag to move" className="meta mt-0.5 cursor-grab text-lg leading-none select-none">
                  ⠿
                </span>
              )}
              <span className="meta w-7 shrink-0 pt-0.5 text-right text-sm tabular-nums" aria-label={`Number ${index + 1}`}>
                {index + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <h2 className="leading-snug font-semibold">
                  <Link href={`/papers/${item.paper.slug}`} className="hover:text-accent-700 hover:underline dark:hover:text-accent-300">
                    {item.paper.title}
                  </Link>
                </h2>
                <p className="meta mt-0.5 text-xs">
                  {[
                    formatAuthors(item.paper.authors, item.paper.authorCount),
                    item.paper.publishedAt && `Published ${formatDate(item.paper.publishedAt)}`,
                    `Added ${formatDate(item.addedAt)}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {actions ? (
                  <NoteEditor item={item} onSave={(note) => actions.setNote(item.paperId, note)} />
                ) : (
                  item.note && <Note text={item.note} />
                )}
              </div>
              {actions && (
                // Quiet controls, so the list still reads as a list.
                <div className="flex shrink-0 flex-col items-end sm:flex-row sm:items-start">
                  <button
                    type="button"
                    data-move="up"
                    className="rounded-md p-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
                    aria-label={`Move up: ${item.paper.title}`}
                    disabled={!canReorder || index === 0}
                    onClick={() => move(index, index - 1, "up")}
                  >
                    <span aria-hidden="true" className="block w-4 text-center leading-4">
                      ↑
                    </span>
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    className="rounded-md p-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
                    aria-label={`Move down: ${item.paper.title}`}
                    disabled={!canReorder || index === items.length - 1}
                    onClick={() => move(index, index + 1, "down")}
                  >
                    <span aria-hidden="true" className="block w-4 text-center leading-4">
                      ↓
                    </span>
                  </button>
                  <button
                    type="button"
                    className="rounded-md p-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
                    aria-label={`Remove: ${item.paper.title}`}
                    onClick={() => actions.remove(item.paperId)}
                  >
                    <span aria-hidden="true" className="block w-4 text-center leading-4">
                      ✕
                    </span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Note({ text }: { text: string }) {
  return <p className="meta mt-1.5 border-l-2 border-zinc-200 pl-2 text-sm whitespace-pre-line italic dark:border-zinc-700">{text}</p>;
}

/** The note under a paper, editable in place: Ctrl+Enter saves, Escape cancels. */
function NoteEditor({ item, onSave }: { item: CollectionItemView; onSave: (note: string) => Promise<void> }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.note);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function save() {
    setError(null);
    close();
    try {
      await onSave(draft);
    } catch (err) {
      setEditing(true);
      setError(`The note was not saved: ${err instanceof Error ? err.message : "something went wrong"}`);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      setDraft(item.note);
      close();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  if (!editing) {
    return (
      <div className="mt-1.5">
        {item.note && <Note text={item.note} />}
        <button
          ref={opener}
          type="button"
          className="mt-1 text-xs font-medium text-accent-700 hover:underline dark:text-accent-300"
          aria-label={`${item.note ? "Edit note" : "Add a note"}: ${item.paper.title}`}
          onClick={() => {
            setDraft(item.note);
            setEditing(true);
          }}
        >
          {item.note ? "Edit note" : "Add a note"}
        </button>
      </div>
    );
  }
  return (
    <div className="mt-2">
      <label htmlFor={`${id}-note`} className="sr-only">
        Note on {item.paper.title}
      </label>
      <textarea
        id={`${id}-note`}
        className="input min-h-20 text-sm"
        value={draft}
        maxLength={ITEM_NOTE_MAX}
        autoFocus
        aria-describedby={`${id}-count`}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="mt-1 flex items-center gap-2">
        <button type="button" className="btn-primary px-2 py-1 text-xs" onClick={() => void save()}>
          Save note
        </button>
        <button
          type="button"
          className="btn px-2 py-1 text-xs"
          onClick={() => {
            setDraft(item.note);
            close();
          }}
        >
          Cancel
        </button>
        <span id={`${id}-count`} className="meta ml-auto text-xs tabular-nums">
          {draft.length} / {ITEM_NOTE_MAX}
        </span>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
