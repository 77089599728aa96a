"use client";

import { useQuery } from "@tanstack/react-query";
import { loadMe } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * Who is signed in (null: nobody). Pages are the same for everyone and cached, so components that
 * depend on the viewer ask here; it rides in the page's one per-viewer request with the papers' state.
 */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me(), queryFn: loadMe, staleTime: 60_000 });
}
