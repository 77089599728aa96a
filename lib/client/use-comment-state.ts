"use client";

import { useQuery } from "@tanstack/react-query";
import { loadCommentState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";

/** The viewer's votes and own comments in a paper's discussion, from the page's one batched request. */
export function useCommentState(paperId: string) {
  return useQuery({ queryKey: queryKeys.commentState(paperId), queryFn: () => loadCommentState(paperId), staleTime: 30_000 });
}
