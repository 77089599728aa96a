"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorPopover } from "@/components/ui/error-popover";
import { loadPaperState } from "@/lib/client/load-paper-state";
import { queryKeys } from "@/lib/client/query-keys";
import { usePaperState } from "@/lib/client/use-paper-state";
import { useSetRead } from "@/lib/client/use-set-read";

/**
 * On a paper's page: opening it marks it read for a signed-in viewer, from here, after load, so
 * the cached page stays the same for everyone. The mark rides in the page's one batched state
 * request (the vote and save buttons ask in the same moment), which becomes a POST for it; the
 * answer, already `read`, fills the paper's state. Then "Mark as unread" (and back) for the viewer.
 */
export function PaperReadControl({ paperId }: { paperId: string }) {
  const client = useQueryClient();
  const state = usePaperState(paperId);
  const [error, setError] = useState<string | null>(null);
  const setRead = useSetRead(paperId, setError);

  useEffect(() => {
    loadPaperState(paperId, { opened: true }).then(
      (opened) => client.setQueryData(queryKeys.paperState(paperId), opened),
      // The vote and save buttons show the same failure of the same request.
      () => undefined,
    );
  }, [client, paperId]);

  if (!state.data?.signedIn) return null;
  const read = state.data.read;
  return (
    <p className="meta relative mt-1 flex items-center gap-2 text-sm" data-testid="paper-read">
      <span>{read ? "You have read this paper." : "Not read."}</span>
      <button type="button" className="link-button" onClick={() => setRead.mutate(!read)}>
        {read ? "Mark as unread" : "Mark as read"}
      </button>
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="left-0 w-56" />}
    </p>
  );
}
