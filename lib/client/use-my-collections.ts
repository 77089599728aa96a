"use client";

import { useQuery } from "@tanstack/react-query";
import { collectionsApi, type MyCollection } from "@/lib/client/collections-api";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * My collections, Reading list first. With `paperId`, each says whether it holds that paper, and
 * the list is asked again each time it is shown ("Save to…": saves elsewhere must show).
 */
export function useMyCollections({ paperId, initialData }: { paperId?: string; initialData?: MyCollection[] } = {}) {
  return useQuery({
    queryKey: queryKeys.myCollections(paperId),
    queryFn: () => collectionsApi.list(paperId),
    initialData,
    staleTime: paperId ? 0 : 10_000,
  });
}
