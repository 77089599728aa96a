"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CollectionDetailsForm } from "@/components/collections/collection-details-form";
import type { ItemActions } from "@/components/collections/collection-item";
import { CollectionItems } from "@/components/collections/collection-items";
import { ExportLinks } from "@/components/collections/export-links";
import { ShareControls } from "@/components/collections/share-controls";
import { VisibilityControl } from "@/components/collections/visibility-control";
import type { MathTitles } from "@/components/papers/math-titles";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { OwnedCollectionWithItems } from "@/lib/client/collections-api";
import { useCollection } from "@/lib/client/use-collection";
import { useCollectionMutations } from "@/lib/client/use-collection-mutations";
import { formatDate, pluralize } from "@/lib/format";

/**
 * The owner's view of a collection: the reading list first, settings and sharing to the side.
 * `mathTitles`: the titles with math, rendered on the server (see renderMathTitles).
 */
export function CollectionEditor({ initial, mathTitles }: { initial: OwnedCollectionWithItems; mathTitles?: MathTitles }) {
  const router = useRouter();
  const collection = useCollection(initial).data;
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { move, remove, note, update, share, destroy } = useCollectionMutations(initial.id, setError);

  const actions: ItemActions = {
    move: (paperId, after) => move.mutate({ paperId, after }),
    remove: (paperId) => remove.mutate(paperId),
    setNote: (paperId, text) => note.mutateAsync({ paperId, note: text }).then(() => undefined),
  };
  const feed =
    collection.visibility === "PUBLIC"
      ? `/collections/${collection.id}/feed.xml`
      : collection.shareToken
        ? `/c/${collection.shareToken}/feed.xml`
        : null;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <p className="meta text-sm">
          <Link prefetch={false} href="/collections" className="hover:underline">
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
            mathTitles={mathTitles}
            actions={actions}
            emptyHint={
              <>
                <p className="empty-state-lead">Nothing here yet.</p>
                <p className="mt-1">
                  Press <span className="font-medium">Save</span> on any paper in the{" "}
                  <Link prefetch={false} href="/" className="underline">
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
        <VisibilityControl value={collection.visibility} onChange={(visibility) => update.mutateAsync({ visibility })} />
        <ShareControls collection={collection} busy={share.isPending} onAction={(action) => share.mutate(action)} />
        <section aria-labelledby="export-heading">
          <h2 id="export-heading" className="text-sm font-semibold">
            Export
          </h2>
          <div className="mt-2 flex flex-wrap gap-2">
            <ExportLinks base={`/collections/${collection.id}`} feed={feed} className="btn text-xs" />
          </div>
        </section>
        {/* Keyed by the saved values, so a rollback or a change elsewhere resets the fields. */}
        <CollectionDetailsForm
          key={`${collection.title}\n${collection.description}`}
          look="panel"
          heading="Title and description"
          initial={collection}
          submitLabel="Save title and description"
          onSubmit={(details) => update.mutate(details)}
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
        onConfirm={() =>
          destroy.mutate(undefined, { onSuccess: () => router.push("/collections"), onError: () => setConfirmDelete(false) })
        }
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
