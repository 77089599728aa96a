"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { CollectionItemView } from "@/lib/client/collections-api";
import { ITEM_NOTE_MAX } from "@/lib/validations/collection";

/** The note under a paper in a collection: read-only, or with `onSave` (the owner) editable in place. */
export function ItemNote({ item, onSave }: { item: CollectionItemView; onSave?: (note: string) => Promise<void> }) {
  if (onSave) return <NoteEditor item={item} onSave={onSave} />;
  return item.note ? <Note text={item.note} /> : null;
}

function Note({ text }: { text: string }) {
  return <p className="meta mt-1.5 border-l-2 border-zinc-200 pl-2 text-sm whitespace-pre-line italic dark:border-zinc-700">{text}</p>;
}

/** Ctrl+Enter saves, Escape cancels; a refused save reopens the editor with the message. */
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
      <textarea
        aria-label={`Note on ${item.paper.title}`}
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
