"use client";

import { useQuery } from "@tanstack/react-query";
import { collectionsApi, type OwnedCollectionWithItems } from "@/lib/client/collections-api";
import { queryKeys } from "@/lib/client/query-keys";

/** One of my collections with its items, starting from what the page rendered. */
export function useCollection(initial: OwnedCollectionWithItems) {
  return useQuery({
    queryKey: queryKeys.collection(initial.id),
    queryFn: () => collectionsApi.get(initial.id),
    initialData: initial,
    staleTime: 10_000,
  });
}
