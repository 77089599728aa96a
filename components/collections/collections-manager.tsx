"use client";

import { useRef, useState } from "react";
import { CollectionDetailsForm, type CollectionDetails } from "@/components/collections/collection-details-form";
import { CollectionRow } from "@/components/collections/collection-row";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { collectionsApi, type MyCollection } from "@/lib/client/collections-api";
import { queryKeys } from "@/lib/client/query-keys";
import { useMyCollections } from "@/lib/client/use-my-collections";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { pluralize } from "@/lib/format";

const updateList = (update: (list: MyCollection[]) => MyCollection[]) => cacheUpdate(queryKeys.myCollections(), update);

/** /collections: my collections with counts and last update; create, rename, describe, delete. */
export function CollectionsManager({ initial }: { initial: MyCollection[] }) {
  const list = useMyCollections({ initialData: initial }).data ?? initial;
  const [error, setError] = useState<string | null>(null);
  const [createError, setCreateError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [deleting, setDeleting] = useState<MyCollection | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const create = useOptimisticMutation({
    mutationFn: (details: CollectionDetails) => collectionsApi.create(details),
    onMutate: () => setCreateError(null),
    answered: (collection) => [updateList((all) => [...all, collection])],
    invalidates: () => [queryKeys.myCollectionLists()],
    onSuccess: (collection) => setStatus(`Created “${collection.title}”.`),
    onError: (err) => setCreateError(`Not created: ${err.message}`),
  });
  const remove = useOptimisticMutation({
    mutationFn: (collection: MyCollection) => collectionsApi.remove(collection.id),
    onMutate: () => {
      setError(null);
      setDeleting(null);
      // The row and its button are gone: keep keyboard focus in a sensible place.
      setTimeout(() => heading.current?.focus(), 0);
    },
    optimistic: (collection) => [updateList((all) => all.filter((c) => c.id !== collection.id))],
    invalidates: () => [queryKeys.myCollectionLists()],
    onError: (err, collection) => setError(`“${collection.title}” was not deleted: ${err.message}`),
    onSuccess: (_answer, collection) => setStatus(`Deleted “${collection.title}”. The papers themselves are still on Papershelf.`),
  });

  return (
    <div className="space-y-8">
      <CollectionDetailsForm
        look="new"
        heading="New collection"
        submitLabel="Create collection"
        busy={create.isPending}
        error={createError}
        onSubmit={(details) => create.mutateAsync(details)}
      />
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
          <div className="empty-state text-center">
            <p className="empty-state-lead">No collections yet.</p>
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
