"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import { loadPaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";

/** Query options of one paper's state, for `useQuery` or `queryClient.ensureQueryData`. */
export function paperStateQuery(paperId: string) {
  return queryOptions({ queryKey: queryKeys.paperState(paperId), queryFn: () => loadPaperState(paperId), staleTime: 30_000 });
}

/** The viewer's vote, save and the fresh count of one paper, from the page's one batched request. */
export function usePaperState(paperId: string) {
  return useQuery(paperStateQuery(paperId));
}
