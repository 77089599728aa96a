"use client";

import Link from "next/link";
import { useState } from "react";
import { CollectionDetailsForm, type CollectionDetails } from "@/components/collections/collection-details-form";
import { collectionsApi, type MyCollection } from "@/lib/client/collections-api";
import { queryKeys } from "@/lib/client/query-keys";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { formatDate, pluralize } from "@/lib/format";

const VISIBILITY_LABEL = { PRIVATE: "Private", UNLISTED: "Shared by link", PUBLIC: "Public" } as const;

/** One of my collections on /collections: its counts and last change, edited in place. */
export function CollectionRow({ collection, onDelete }: { collection: MyCollection; onDelete: () => void }) {
  // What the edit form starts from: the saved values, or after a refusal, what was typed.
  const [editing, setEditing] = useState<CollectionDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = useOptimisticMutation({
    mutationFn: (details: CollectionDetails) => collectionsApi.update(collection.id, details),
    onMutate: () => {
      setError(null);
      setEditing(null);
    },
    optimistic: (details) => [
      cacheUpdate<MyCollection[]>(queryKeys.myCollections(), (list) =>
        list.map((c) => (c.id === collection.id ? { ...c, ...details } : c)),
      ),
    ],
    invalidates: () => [queryKeys.myCollectionLists()],
    onError: (err, details) => {
      setEditing(details);
      setError(`Not saved: ${err.message}`);
    },
  });

  if (editing) {
    return (
      <li className="p-4">
        <CollectionDetailsForm
          look="row"
          label={`Edit “${collection.title}”`}
          initial={editing}
          submitLabel="Save changes"
          error={error}
          onSubmit={(details) => update.mutate(details)}
          onCancel={() => setEditing(null)}
        />
      </li>
    );
  }

  return (
    <li className="flex flex-wrap items-start gap-x-4 gap-y-2 p-4">
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold">
          <Link
            prefetch={false}
            href={`/collections/${collection.id}`}
            className="hover:text-accent-700 hover:underline dark:hover:text-accent-300"
          >
            {collection.title}
          </Link>
        </h3>
        {collection.description && <p className="meta mt-0.5 line-clamp-2 text-sm whitespace-pre-line">{collection.description}</p>}
        <p className="meta mt-1 text-xs">
          {pluralize(collection.itemCount, "paper")} · Updated{" "}
          <time dateTime={collection.updatedAt}>{formatDate(collection.updatedAt)}</time> · {VISIBILITY_LABEL[collection.visibility]}
        </p>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          className="btn"
          aria-label={`Edit “${collection.title}”`}
          onClick={() => setEditing({ title: collection.title, description: collection.description })}
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
