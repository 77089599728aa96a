"use client";

import { collectionsApi, type OwnedCollection, type OwnedCollectionWithItems } from "@/lib/client/collections-api";
import { moveInList } from "@/lib/client/move-in-list";
import { queryKeys } from "@/lib/client/query-keys";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import type { CollectionVisibility } from "@/lib/validations/collection";

type Owned = OwnedCollectionWithItems;

/**
 * What the owner does to a collection on its page. Changes to the list show at once and go to
 * the server one after another (one scope), so the last one wins; `report` gets each failure as
 * a sentence (and null when a new change starts).
 */
export function useCollectionMutations(id: string, report: (message: string | null) => void) {
  const key = queryKeys.collection(id);
  const change = (update: (collection: Owned) => Owned) => [cacheUpdate<Owned>(key, update)];
  const merge = (saved: OwnedCollection) => change((collection) => ({ ...collection, ...saved }));
  const shared = {
    scope: `collection:${id}`,
    onMutate: () => report(null),
    invalidates: () => [queryKeys.myCollectionLists()],
  };
  const failed = (what: string) => (error: Error) => report(`${what}: ${error.message}`);

  const move = useOptimisticMutation({
    ...shared,
    mutationFn: ({ paperId, after }: { paperId: string; after: string | null }) => collectionsApi.move(id, paperId, after),
    optimistic: ({ paperId, after }) => change((c) => ({ ...c, items: moveInList(c.items, paperId, after) })),
    onError: failed("The paper was not moved"),
  });
  const remove = useOptimisticMutation({
    ...shared,
    mutationFn: (paperId: string) => collectionsApi.removeItem(id, paperId),
    optimistic: (paperId) => change((c) => ({ ...c, items: c.items.filter((i) => i.paperId !== paperId), itemCount: c.itemCount - 1 })),
    // Whether the paper is still saved elsewhere is the server's to say.
    invalidates: (paperId) => [queryKeys.myCollectionLists(), queryKeys.paperState(paperId)],
    onError: failed("The paper was not removed"),
  });
  const note = useOptimisticMutation({
    ...shared,
    mutationFn: ({ paperId, note }: { paperId: string; note: string }) => collectionsApi.setNote(id, paperId, note),
    optimistic: ({ paperId, note }) =>
      change((c) => ({ ...c, items: c.items.map((i) => (i.paperId === paperId ? { ...i, note: note.trim() } : i)) })),
    onError: failed("The note was not saved"),
  });
  const update = useOptimisticMutation({
    ...shared,
    mutationFn: (input: { title?: string; description?: string; visibility?: CollectionVisibility }) => collectionsApi.update(id, input),
    optimistic: (input) => change((c) => ({ ...c, ...input })),
    answered: merge,
    onError: failed("Not saved"),
  });
  const share = useOptimisticMutation({
    ...shared,
    scope: undefined,
    mutationFn: (action: "share" | "regenerate" | "stop") =>
      action === "stop" ? collectionsApi.stopSharing(id) : collectionsApi.share(id, action === "regenerate"),
    answered: merge,
    onError: failed("Sharing was not changed"),
  });
  const destroy = useOptimisticMutation({
    ...shared,
    scope: undefined,
    mutationFn: () => collectionsApi.remove(id),
    onError: failed("The collection was not deleted"),
  });
  return { move, remove, note, update, share, destroy };
}
