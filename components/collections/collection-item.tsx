import Link from "next/link";
import type { HTMLAttributes, ReactNode } from "react";
import { ItemNote } from "@/components/collections/item-note";
import type { MathTitles } from "@/components/papers/math-titles";
import type { CollectionItemView } from "@/lib/client/collections-api";
import { formatAuthors, formatDate } from "@/lib/format";

/** What the owner can do to items; absent for readers. */
export type ItemActions = {
  move: (paperId: string, after: string | null) => void;
  remove: (paperId: string) => void;
  setNote: (paperId: string, note: string) => Promise<void>;
};

type Props = {
  item: CollectionItemView;
  /** The title with its math rendered, when it has math (from the server page). */
  mathTitle?: MathTitles[string];
  /** Its place in the collection's own order (0-based), whatever the view's sort. */
  index: number;
  count: number;
  actions?: ItemActions;
  canReorder: boolean;
  move: (index: number, to: number, focus: "up" | "down") => void;
  drag: HTMLAttributes<HTMLLIElement> & { draggable: boolean };
  dragging: boolean;
  dropEdge: "before" | "after" | null;
};

const DROP_LINE = {
  before: "shadow-[inset_0_2px_0_0_var(--color-accent-500)]",
  after: "shadow-[inset_0_-2px_0_0_var(--color-accent-500)]",
};

/** One paper of a collection: its number, title, authors and dates, its note, and the owner's controls. */
export function CollectionItem({ item, mathTitle, index, count, actions, canReorder, move, drag, dragging, dropEdge }: Props) {
  const title = item.paper.title;
  return (
    <li
      data-paper-id={item.paperId}
      {...drag}
      className={`relative flex gap-3 py-4 ${dragging ? "opacity-50" : ""} ${dropEdge ? DROP_LINE[dropEdge] : ""}`}
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
          <Link
            prefetch={false}
            href={`/papers/${item.paper.slug}`}
            className="hover:text-accent-700 hover:underline dark:hover:text-accent-300"
          >
            {mathTitle ?? title}
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
        <ItemNote item={item} onSave={actions && ((note) => actions.setNote(item.paperId, note))} />
      </div>
      {actions && (
        // Quiet controls, so the list still reads as a list.
        <div className="flex shrink-0 flex-col items-end sm:flex-row sm:items-start">
          <ItemButton
            label={`Move up: ${title}`}
            move="up"
            disabled={!canReorder || index === 0}
            onClick={() => move(index, index - 1, "up")}
          >
            ↑
          </ItemButton>
          <ItemButton
            label={`Move down: ${title}`}
            move="down"
            disabled={!canReorder || index === count - 1}
            onClick={() => move(index, index + 1, "down")}
          >
            ↓
          </ItemButton>
          <ItemButton label={`Remove: ${title}`} onClick={() => actions.remove(item.paperId)}>
            ✕
          </ItemButton>
        </div>
      )}
    </li>
  );
}

function ItemButton({
  label,
  move,
  disabled,
  onClick,
  children,
}: {
  label: string;
  move?: "up" | "down";
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      data-move={move}
      className="rounded-md p-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true" className="block w-4 text-center leading-4">
        {children}
      </span>
    </button>
  );
}
