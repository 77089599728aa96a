"use client";

import { announce } from "@/lib/client/announce";
import type { PaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { readsApi } from "@/lib/client/reads-api";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";

/**
 * Marks one paper read or unread: the card's and the page's mark change at once (they share the
 * paper's state query) and roll back, with `onError`'s message, if the server refuses.
 */
export function useSetRead(paperId: string, onError: (message: string) => void) {
  return useOptimisticMutation({
    // One paper's marks reach the server one after another, so the last press wins.
    scope: `read:${paperId}`,
    mutationFn: (read: boolean) => readsApi.set(paperId, read),
    optimistic: (read) => [cacheUpdate<PaperState>(queryKeys.paperState(paperId), (s) => ({ ...s, read }))],
    onError: (error, read) => onError(`Not marked ${read ? "read" : "unread"}: ${error.message}`),
    onSuccess: (_answer, read) => announce(read ? "Marked read." : "Marked unread."),
  });
}
