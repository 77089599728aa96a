"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { CollectionItems, type ItemActions } from "@/components/collections/collection-items";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { paperStateKey } from "@/components/papers/paper-state";
import { collectionKey, collectionsApi } from "@/lib/collections/collections-client";
import type { CollectionWithItems, OwnedCollection } from "@/lib/api/collections-schemas";
import { formatDate, pluralize } from "@/lib/format";
import {
  COLLECTION_DESCRIPTION_MAX,
  COLLECTION_TITLE_MAX,
  updateCollectionSchema,
  type CollectionVisibility,
} from "@/lib/validations/collection";

type Owned = CollectionWithItems<OwnedCollection>;
const noSubscription = () => () => {};
const message = (error: unknown) => (error instanceof Error ? error.message : "something went wrong");

const VISIBILITY = [
  { value: "PRIVATE", label: "Private", hint: "Only you can see it." },
  { value: "UNLISTED", label: "Unlisted", hint: "Anyone with the link can see it." },
  { value: "PUBLIC", label: "Public", hint: "Listed on your profile and on each paper’s page." },
] as const;

/** The owner's view of a collection: the reading list first, settings and sharing to the side. */
export function CollectionEditor({ initial }: { initial: Owned }) {
  const client = useQueryClient();
  const router = useRouter();
  const key = collectionKey(initial.id);
  const query = useQuery({ queryKey: key, queryFn: () => collectionsApi.get(initial.id), initialData: initial, staleTime: 10_000 });
  const collection = query.data;
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  /** Applies a change at once; rolls back with a message when the server refuses. */
  function optimistic<V>(run: (vars: V) => Promise<unknown>, change: (c: Owned, vars: V) => Owned, what: string) {
    return {
      scope: { id: `collection:${initial.id}` },
      mutationFn: run,
      onMutate: async (vars: V) => {
        setError(null);
        await client.cancelQueries({ queryKey: key });
        const previous = client.getQueryData<Owned>(key);
        if (previous) client.setQueryData<Owned>(key, change(previous, vars));
        return { previous };
      },
      onError: (err: unknown, _vars: V, context: { previous?: Owned } | undefined) => {
        if (context?.previous) client.setQueryData(key, context.previous);
        setError(`${what}: ${message(err)}`);
        void client.invalidateQueries({ queryKey: key });
      },
      onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
    };
  }

  const move = useMutation(
    optimistic(
      ({ paperId, after }: { paperId: string; after: string | null }) => collectionsApi.move(initial.id, paperId, after),
      (c, { paperId, after }) => {
        const item = c.items.find((i) => i.paperId === paperId)!;
        const others = c.items.filter((i) => i.paperId !== paperId);
        const at = after === null ? 0 : others.findIndex((i) => i.paperId === after) + 1;
        return { ...c, items: [...others.slice(0, at), item, ...others.slice(at)] };
      },
      "The paper was not moved",
    ),
  );
  const remove = useMutation({
    ...optimistic(
      (paperId: string) => collectionsApi.removeItem(initial.id, paperId),
      (c, paperId) => ({ ...c, items: c.items.filter((i) => i.paperId !== paperId), itemCount: c.itemCount - 1 }),
      "The paper was not removed",
    ),
    // Whether it is still saved elsewhere is the server's to say.
    onSuccess: (_answer: unknown, paperId: string) => client.invalidateQueries({ queryKey: paperStateKey(paperId) }),
  });
  const note = useMutation(
    optimistic(
      ({ paperId, note }: { paperId: string; note: string }) => collectionsApi.setNote(initial.id, paperId, note),
      (c, { paperId, note }) => ({ ...c, items: c.items.map((i) => (i.paperId === paperId ? { ...i, note: note.trim() } : i)) }),
      "The note was not saved",
    ),
  );
  const update = useMutation(
    optimistic(
      (input: { title?: string; description?: string; visibility?: CollectionVisibility }) =>
        collectionsApi.update(initial.id, input).then((c) => client.setQueryData<Owned>(key, (old) => old && { ...old, ...c })),
      (c, input) => ({ ...c, ...input }),
      "Not saved",
    ),
  );
  const share = useMutation({
    mutationFn: (action: "share" | "regenerate" | "stop") =>
      action === "stop" ? collectionsApi.stopSharing(initial.id) : collectionsApi.share(initial.id, action === "regenerate"),
    onMutate: () => setError(null),
    onSuccess: (c) => client.setQueryData<Owned>(key, (old) => old && { ...old, ...c }),
    onError: (err) => setError(`Sharing was not changed: ${message(err)}`),
  });
  const destroy = useMutation({
    mutationFn: () => collectionsApi.remove(initial.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["my-collections"] });
      router.push("/collections");
    },
    onError: (err) => {
      setConfirmDelete(false);
      setError(`The collection was not deleted: ${message(err)}`);
    },
  });

  const actions: ItemActions = {
    move: (paperId, after) => move.mutate({ paperId, after }),
    remove: (paperId) => remove.mutate(paperId),
    setNote: (paperId, text) => note.mutateAsync({ paperId, note: text }).then(() => undefined),
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <p className="meta text-sm">
          <Link href="/collections" className="hover:underline">
            Your collections
          </Link>{" "}
          /
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight break-words">{collection.title}</h1>
        {collection.description && (
          <p className="mt-2 max-w-[70ch] whitespace-pre-line text-zinc-700 dark:text-zinc-300">{collection.description}</p>
        )}
        <p className="meta mt-2 text-sm">
          {pluralize(collection.items.length, "paper")} · Updated{" "}
          <time dateTime={collection.updatedAt}>{formatDate(collection.updatedAt)}</time>
        </p>
        {error && (
          <p
            role="alert"
            className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {error}
          </p>
        )}
        <div className="mt-6">
          <CollectionItems
            items={collection.items}
            actions={actions}
            emptyHint={
              <>
                <p className="font-medium text-zinc-800 dark:text-zinc-200">Nothing here yet.</p>
                <p className="mt-1">
                  Press <span className="font-medium">Save</span> on any paper in the{" "}
                  <Link href="/" className="underline">
                    feed
                  </Link>{" "}
                  to add it to your Reading list, or use <span className="font-medium">Save to…</span> to pick this collection.
                </p>
              </>
            }
          />
        </div>
      </div>
      <aside
        aria-label="Collection settings and sharing"
        className="space-y-6 lg:border-l lg:border-zinc-200 lg:pl-6 dark:lg:border-zinc-800"
      >
        <VisibilityControl value={collection.visibility} onChange={(visibility) => update.mutate({ visibility })} />
        <ShareControls collection={collection} busy={share.isPending} onAction={(action) => share.mutate(action)} />
        <ExportLinks collection={collection} />
        {/* Keyed by the saved values, so a rollback or a change elsewhere resets the fields. */}
        <DetailsForm
          key={`${collection.title}\n${collection.description}`}
          collection={collection}
          onSave={(input) => update.mutate(input)}
        />
        <section aria-labelledby="danger-heading">
          <h2 id="danger-heading" className="text-sm font-semibold">
            Delete
          </h2>
          <p className="meta mt-1 text-xs">The papers stay on Papershelf; this collection, its notes and its link go.</p>
          <button type="button" className="btn mt-2 text-red-700 dark:text-red-300" onClick={() => setConfirmDelete(true)}>
            Delete collection
          </button>
        </section>
      </aside>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete “${collection.title}”?`}
        confirmLabel="Delete collection"
        danger
        busy={destroy.isPending}
        onConfirm={() => destroy.mutate()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          Its {pluralize(collection.items.length, "saved paper")}, notes and share link go with it. The papers themselves stay on
          Papershelf. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function VisibilityControl({ value, onChange }: { value: CollectionVisibility; onChange: (value: CollectionVisibility) => void }) {
  const name = useId();
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Who can see it</legend>
      <div className="mt-2 space-y-2">
        {VISIBILITY.map((option) => (
          <label key={option.value} className="flex cursor-pointer gap-2 text-sm">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-0.5 h-4 w-4 accent-accent-600"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="meta block text-xs">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ShareControls({
  collection,
  busy,
  onAction,
}: {
  collection: Owned;
  busy: boolean;
  onAction: (action: "share" | "regenerate" | "stop") => void;
}) {
  const id = useId();
  // The server does not know which address the visitor used; the browser does.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const [copied, setCopied] = useState(false);
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const url = collection.shareToken ? `${origin}/c/${collection.shareToken}` : null;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Share by link
      </h2>
      {url ? (
        <>
          <label htmlFor={`${id}-url`} className="meta mt-1 block text-xs">
            Anyone with this link can read the collection, signed in or not.
          </label>
          <div className="mt-2 flex gap-2">
            <input
              id={`${id}-url`}
              className="input min-w-0 flex-1 text-xs"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="btn px-2"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
                setTimeout(() => setCopied(false), 2000);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className="btn text-xs" disabled={busy} onClick={() => setConfirmRegenerate(true)}>
              Regenerate link
            </button>
            <button type="button" className="btn text-xs" disabled={busy} onClick={() => onAction("stop")}>
              Stop sharing
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="meta mt-1 text-xs">
            {collection.visibility === "PUBLIC"
              ? "Public already; a link also works for people you send it to."
              : "Make a link that lets anyone read it, without signing in."}
          </p>
          <button type="button" className="btn mt-2" disabled={busy} onClick={() => onAction("share")}>
            Share
          </button>
        </>
      )}
      <p role="status" className="sr-only">
        {copied ? "Link copied" : ""}
      </p>
      <ConfirmDialog
        open={confirmRegenerate}
        title="Make a new link?"
        confirmLabel="Regenerate link"
        onConfirm={() => {
          setConfirmRegenerate(false);
          onAction("regenerate");
        }}
        onCancel={() => setConfirmRegenerate(false)}
      >
        <p>The current link stops working at once; anyone who has it will see “not found”.</p>
      </ConfirmDialog>
    </section>
  );
}

function ExportLinks({ collection }: { collection: Owned }) {
  const base = `/collections/${collection.id}/export?format=`;
  const feed =
    collection.visibility === "PUBLIC"
      ? `/collections/${collection.id}/feed.xml`
      : collection.shareToken
        ? `/c/${collection.shareToken}/feed.xml`
        : null;
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading" className="text-sm font-semibold">
        Export
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        <a className="btn text-xs" href={`${base}bib`} download>
          BibTeX
        </a>
        <a className="btn text-xs" href={`${base}csv`} download>
          CSV
        </a>
        <a className="btn text-xs" href={`${base}json`} download>
          JSON
        </a>
        {feed && (
          <a className="btn text-xs" href={feed}>
            Atom feed
          </a>
        )}
      </div>
    </section>
  );
}

function DetailsForm({ collection, onSave }: { collection: Owned; onSave: (input: { title: string; description: string }) => void }) {
  const id = useId();
  const [title, setTitle] = useState(collection.title);
  const [description, setDescription] = useState(collection.description);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateCollectionSchema.safeParse({ title, description });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(`${issue?.path[0] === "description" ? "Description" : "Title"} ${issue?.message ?? "is not valid"}.`);
    }
    setError(null);
    onSave({ title: parsed.data.title!, description: parsed.data.description! });
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Title and description
      </h2>
      <label htmlFor={`${id}-title`} className="mt-2 mb-1 block text-xs font-medium">
        Title
      </label>
      <input
        id={`${id}-title`}
        className="input"
        value={title}
        maxLength={COLLECTION_TITLE_MAX}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={`${id}-description`} className="mt-2 mb-1 block text-xs font-medium">
        Description
      </label>
      <textarea
        id={`${id}-description`}
        className="input min-h-20"
        value={description}
        maxLength={COLLECTION_DESCRIPTION_MAX}
        onChange={(e) => setDescription(e.target.value)}
      />
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <button type="submit" className="btn mt-2">
        Save title and description
      </button>
    </form>
  );
}
