"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { collectionsApi, myCollectionsKey } from "@/lib/collections/collections-client";
import type { MyCollection } from "@/lib/api/collections-schemas";
import { formatDate, pluralize } from "@/lib/format";
import {
  COLLECTION_DESCRIPTION_MAX,
  COLLECTION_TITLE_MAX,
  createCollectionSchema,
  updateCollectionSchema,
} from "@/lib/validations/collection";

const message = (error: unknown) => (error instanceof Error ? error.message : "something went wrong");
const VISIBILITY_LABEL = { PRIVATE: "Private", UNLISTED: "Shared by link", PUBLIC: "Public" } as const;

/** /collections: my collections with counts and last update; create, rename, describe, delete. */
export function CollectionsManager({ initial }: { initial: MyCollection[] }) {
  const client = useQueryClient();
  const key = myCollectionsKey();
  const collections = useQuery({ queryKey: key, queryFn: () => collectionsApi.list(), initialData: initial, staleTime: 10_000 });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [deleting, setDeleting] = useState<MyCollection | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = useMutation({
    mutationFn: (collection: MyCollection) => collectionsApi.remove(collection.id),
    onMutate: async (collection) => {
      setError(null);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<MyCollection[]>(key);
      client.setQueryData<MyCollection[]>(key, (list) => list?.filter((c) => c.id !== collection.id));
      setDeleting(null);
      // The row and its button are gone: keep keyboard focus in a sensible place.
      setTimeout(() => heading.current?.focus(), 0);
      return { previous };
    },
    onError: (err, collection, context) => {
      client.setQueryData(key, context?.previous);
      setError(`“${collection.title}” was not deleted: ${message(err)}`);
    },
    onSuccess: (_answer, collection) => setStatus(`Deleted “${collection.title}”. The papers themselves are still on Papershelf.`),
    onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
  });

  const list = collections.data;
  return (
    <div className="space-y-8">
      <CreateCollectionForm onCreated={(title) => setStatus(`Created “${title}”.`)} />
      <p role="status" className="sr-only">
        {status}
      </p>
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {error}
        </p>
      )}
      <section aria-labelledby="my-collections-heading">
        <h2 id="my-collections-heading" ref={heading} tabIndex={-1} className="mb-3 text-lg font-semibold">
          Your collections <span className="meta text-sm font-normal">({list.length})</span>
        </h2>
        {list.length === 0 ? (
          <div className="meta rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm dark:border-zinc-700">
            <p className="font-medium text-zinc-800 dark:text-zinc-200">No collections yet.</p>
            <p className="mt-1">
              Press <span className="font-medium">Save</span> on any paper to start your Reading list, or create a collection above for a
              topic, a course or a project.
            </p>
          </div>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {list.map((collection) => (
              <CollectionRow key={collection.id} collection={collection} onDelete={() => setDeleting(collection)} />
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ""}”?`}
        confirmLabel="Delete collection"
        danger
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting && (
          <p>
            Its {pluralize(deleting.itemCount, "saved paper")}, notes and share link go with it. The papers themselves stay on Papershelf.
            This cannot be undone.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

function CreateCollectionForm({ onCreated }: { onCreated: (title: string) => void }) {
  const client = useQueryClient();
  const id = useId();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: collectionsApi.create,
    onSuccess: (collection) => {
      client.setQueryData<MyCollection[]>(myCollectionsKey(), (list) => [...(list ?? []), collection]);
      setTitle("");
      setDescription("");
      onCreated(collection.title);
    },
    onError: (err) => setError(`Not created: ${message(err)}`),
    onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = createCollectionSchema.safeParse({ title, description });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(`${issue?.path[0] === "description" ? "Description" : "Title"} ${issue?.message ?? "is not valid"}.`);
    }
    create.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby={`${id}-heading`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        New collection
      </h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_1.5fr_auto] sm:items-end">
        <div>
          <label htmlFor={`${id}-title`} className="mb-1 block text-sm font-medium">
            Title
          </label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            maxLength={COLLECTION_TITLE_MAX}
            required
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-description`} className="mb-1 block text-sm font-medium">
            Description <span className="meta font-normal">(optional)</span>
          </label>
          <input
            id={`${id}-description`}
            className="input"
            value={description}
            maxLength={COLLECTION_DESCRIPTION_MAX}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <button type="submit" className="btn-primary" disabled={create.isPending}>
          Create collection
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}

function CollectionRow({ collection, onDelete }: { collection: MyCollection; onDelete: () => void }) {
  const client = useQueryClient();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(collection.title);
  const [description, setDescription] = useState(collection.description);
  const [error, setError] = useState<string | null>(null);
  const key = myCollectionsKey();
  const update = useMutation({
    mutationFn: (input: { title: string; description: string }) => collectionsApi.update(collection.id, input),
    onMutate: async (input) => {
      setError(null);
      setEditing(false);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<MyCollection[]>(key);
      client.setQueryData<MyCollection[]>(key, (list) => list?.map((c) => (c.id === collection.id ? { ...c, ...input } : c)));
      return { previous };
    },
    onError: (err, _input, context) => {
      client.setQueryData(key, context?.previous);
      setEditing(true);
      setError(`Not saved: ${message(err)}`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ["my-collections"] }),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateCollectionSchema.safeParse({ title, description });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(`${issue?.path[0] === "description" ? "Description" : "Title"} ${issue?.message ?? "is not valid"}.`);
    }
    update.mutate({ title: parsed.data.title!, description: parsed.data.description! });
  }

  if (editing) {
    return (
      <li className="p-4">
        <form
          onSubmit={onSubmit}
          aria-label={`Edit “${collection.title}”`}
          className="space-y-3"
          onKeyDown={(e) => e.key === "Escape" && setEditing(false)}
        >
          <div>
            <label htmlFor={`${id}-title`} className="mb-1 block text-sm font-medium">
              Title
            </label>
            <input
              id={`${id}-title`}
              className="input"
              value={title}
              maxLength={COLLECTION_TITLE_MAX}
              autoFocus
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-description`} className="mb-1 block text-sm font-medium">
              Description
            </label>
            <textarea
              id={`${id}-description`}
              className="input min-h-20"
              value={description}
              maxLength={COLLECTION_DESCRIPTION_MAX}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {error}
            </p>
          )}
          <div className="flex gap-2">
            <button type="submit" className="btn-primary">
              Save changes
            </button>
            <button type="button" className="btn" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-wrap items-start gap-x-4 gap-y-2 p-4">
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold">
          <Link href={`/collections/${collection.id}`} className="hover:text-accent-700 hover:underline dark:hover:text-accent-300">
            {collection.title}
          </Link>
        </h3>
        {collection.description && <p className="meta mt-0.5 line-clamp-2 text-sm whitespace-pre-line">{collection.description}</p>}
        <p className="meta mt-1 text-xs">
          {pluralize(collection.itemCount, "paper")} · Updated{" "}
          <time dateTime={collection.updatedAt}>{formatDate(collection.updatedAt)}</time> · {VISIBILITY_LABEL[collection.visibility]}
        </p>
        {error && (
          <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          className="btn"
          aria-label={`Edit “${collection.title}”`}
          onClick={() => {
            setTitle(collection.title);
            setDescription(collection.description);
            setEditing(true);
          }}
        >
          Edit
        </button>
        <button type="button" className="btn" aria-label={`Delete “${collection.title}”`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
