"use client";

import { useState } from "react";
import { ErrorPopover } from "@/components/ui/error-popover";
import type { PaperState } from "@/lib/client/load-paper-state";
import { papersApi } from "@/lib/client/papers-api";
import { queryKeys } from "@/lib/client/query-keys";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { usePaperState } from "@/lib/client/use-paper-state";
import { useRequireSignIn } from "@/lib/hooks/use-require-sign-in";

/**
 * The upvote button and count. The page gives the cached count; the viewer's state and a fresh
 * count arrive from the page's one batched request. A click shows its result at once and rolls
 * back, with a message, if the server refuses.
 */
export function VoteControl({ paperId, upvotes: cachedUpvotes }: { paperId: string; upvotes: number }) {
  const state = usePaperState(paperId);
  const requireSignIn = useRequireSignIn(paperId);
  const [error, setError] = useState<string | null>(null);
  const key = queryKeys.paperState(paperId);
  const vote = useOptimisticMutation({
    // One paper's votes go out one after another, so the last click always wins.
    scope: `vote:${paperId}`,
    mutationFn: (voted: boolean) => papersApi.vote(paperId, voted),
    onMutate: () => setError(null),
    optimistic: (voted) => [
      cacheUpdate<PaperState>(key, (s) => ({
        ...s,
        voted,
        upvotes: s.voted === voted ? s.upvotes : (s.upvotes ?? cachedUpvotes) + (voted ? 1 : -1),
      })),
    ],
    // The server's count includes other people's votes meanwhile.
    answered: (result) => [cacheUpdate<PaperState>(key, (s) => ({ ...s, voted: result.voted, upvotes: result.upvotes }))],
    onError: (err) => setError(`Your upvote was not saved: ${err.message}`),
  });

  const voted = state.data?.voted ?? false;
  const upvotes = state.data?.upvotes ?? cachedUpvotes;

  async function onClick() {
    const current = await requireSignIn();
    if (current !== null) vote.mutate(!current?.voted);
  }

  return (
    <div className="relative shrink-0">
      <div className={`vote-box ${voted ? "toggle-on" : "vote-off"}`}>
        <button type="button" aria-label="Upvote" aria-pressed={voted} onClick={() => void onClick()} className="vote-hit">
          <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 fill-current ${voted ? "" : "text-zinc-500 dark:text-zinc-400"}`}>
            <path d="M10 4l6 8H4z" />
          </svg>
        </button>
        <span className="font-semibold tabular-nums" aria-label={`${upvotes} upvotes`}>
          {upvotes}
        </span>
      </div>
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="left-0 w-56" />}
    </div>
  );
}
