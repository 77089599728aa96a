"use client";

import { useQuery } from "@tanstack/react-query";
import { loadInboxUnread } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * Unread papers in my inbox, for the header. Asked in the page's one per-viewer request (with who
 * is signed in and the papers' state), so cached pages stay the same for everyone.
 */
export function useInboxUnread() {
  return useQuery({ queryKey: queryKeys.inboxUnread(), queryFn: loadInboxUnread, staleTime: 60_000 });
}
