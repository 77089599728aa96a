"use client";

import { useState, type DragEvent, type HTMLAttributes, type RefObject } from "react";

type Item = { paperId: string; paper: { title: string } };
type Direction = "up" | "down";

const upperHalf = (event: DragEvent) => {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2;
};

/**
 * Rearranging an ordered list by its move buttons and by drag and drop. A move names the item it
 * will follow (null: the top), as the server takes it, so it stays right when the list changed in
 * another tab. Each move is announced to screen readers, and keyboard focus stays on the moved
 * item's move button (`data-move="up|down"` inside `data-paper-id` rows of `list`).
 */
export function useItemReorder(
  list: RefObject<HTMLElement | null>,
  items: Item[],
  onMove: (paperId: string, after: string | null) => void,
  enabled: boolean,
) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ paperId: string; before: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  /** Moves the item at `index` to place `to`; `focus` is the button to keep focused afterwards. */
  function move(index: number, to: number, focus: Direction) {
    if (!enabled || to < 0 || to >= items.length || to === index) return;
    const item = items[index]!;
    const others = items.filter((_, i) => i !== index);
    onMove(item.paperId, to === 0 ? null : others[to - 1]!.paperId);
    setAnnouncement(`Moved “${item.paper.title}” to position ${to + 1} of ${items.length}.`);
    requestAnimationFrame(() => {
      const row = list.current?.querySelector<HTMLElement>(`[data-paper-id="${CSS.escape(item.paperId)}"]`);
      const wanted =
        row?.querySelector<HTMLButtonElement>(`[data-move="${focus}"]:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>("[data-move]:not([disabled])");
      wanted?.focus();
    });
  }

  function endDrag() {
    setDragging(null);
    setDropTarget(null);
  }

  /** The drag and drop handlers of one row. */
  function dragProps(target: Item): HTMLAttributes<HTMLLIElement> & { draggable: boolean } {
    return {
      draggable: enabled,
      onDragStart: (event) => {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", target.paperId);
        setDragging(target.paperId);
      },
      onDragEnd: endDrag,
      onDragOver: (event) => {
        if (!enabled || !dragging) return;
        event.preventDefault();
        const before = upperHalf(event);
        if (dropTarget?.paperId !== target.paperId || dropTarget.before !== before) setDropTarget({ paperId: target.paperId, before });
      },
      onDrop: (event) => {
        if (!enabled) return;
        event.preventDefault();
        const paperId = dragging ?? event.dataTransfer.getData("text/plain");
        endDrag();
        const from = items.findIndex((i) => i.paperId === paperId);
        if (from === -1 || paperId === target.paperId) return;
        const at = items.filter((i) => i.paperId !== paperId).findIndex((i) => i.paperId === target.paperId);
        move(from, upperHalf(event) ? at : at + 1, "up");
      },
    };
  }

  /** Where a dragged item would land relative to this row, for the drop line. */
  const dropEdge = (paperId: string) => (dropTarget?.paperId === paperId ? (dropTarget.before ? "before" : "after") : null);

  return { announcement, move, dragProps, dragging, dropEdge };
}
