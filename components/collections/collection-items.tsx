"use client";

import { useId, useMemo, useRef, useState } from "react";
import { CollectionItem, type ItemActions } from "@/components/collections/collection-item";
import type { MathTitles } from "@/components/papers/math-titles";
import type { CollectionItemView } from "@/lib/client/collections-api";
import { useItemReorder } from "@/lib/hooks/use-item-reorder";

const SORTS = {
  order: "Collection order",
  added: "Date added",
  published: "Published",
  title: "Title",
} as const;
type Sort = keyof typeof SORTS;
type Entry = { item: CollectionItemView; index: number };

// Ties keep the collection's order.
const COMPARE: Record<Sort, (a: Entry, b: Entry) => number> = {
  order: () => 0,
  added: (a, b) => b.item.addedAt.localeCompare(a.item.addedAt),
  published: (a, b) => (b.item.paper.publishedAt ?? "").localeCompare(a.item.paper.publishedAt ?? ""),
  title: (a, b) => a.item.paper.title.localeCompare(b.item.paper.title, undefined, { sensitivity: "base" }),
};

/**
 * A collection's papers as a reading list: order numbers, notes under each paper, and a view that
 * can be sorted and filtered without touching the stored order. With `actions` (the owner), each
 * item can be moved (buttons, or drag and drop in the collection's own order), removed, and its
 * note edited in place. `mathTitles` are the titles with math, rendered by the server page (see
 * renderMathTitles); a paper missing from them (added after the page loaded) shows its title as written.
 */
export function CollectionItems({
  items,
  mathTitles,
  actions,
  emptyHint,
}: {
  items: CollectionItemView[];
  mathTitles?: MathTitles;
  actions?: ItemActions;
  emptyHint?: React.ReactNode;
}) {
  const id = useId();
  const [sort, setSort] = useState<Sort>("order");
  const [filter, setFilter] = useState("");
  // Rearranging only makes sense when the view shows the stored order, whole.
  const canReorder = Boolean(actions) && sort === "order" && filter.trim() === "";
  const list = useRef<HTMLOListElement>(null);
  const reorder = useItemReorder(list, items, (paperId, after) => actions?.move(paperId, after), canReorder);

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return items
      .map((item, index) => ({ item, index }))
      .filter(
        ({ item }) => !needle || [item.paper.title, item.note, ...item.paper.authors].some((text) => text.toLowerCase().includes(needle)),
      )
      .sort((a, b) => COMPARE[sort](a, b) || a.index - b.index);
  }, [items, sort, filter]);

  if (items.length === 0) {
    return <div className="empty-state text-center">{emptyHint ?? "This collection has no papers yet."}</div>;
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
        {reorder.announcement}
      </p>
      {shown.length === 0 ? (
        <p className="meta py-6 text-center text-sm">No paper in this collection matches “{filter}”.</p>
      ) : (
        <ol ref={list} className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Papers in this collection">
          {shown.map(({ item, index }) => (
            <CollectionItem
              key={item.paperId}
              item={item}
              mathTitle={mathTitles?.[item.paperId]}
              index={index}
              count={items.length}
              actions={actions}
              canReorder={canReorder}
              move={reorder.move}
              drag={reorder.dragProps(item)}
              dragging={reorder.dragging === item.paperId}
              dropEdge={reorder.dropEdge(item.paperId)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
