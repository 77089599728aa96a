"use client";

import { useState, type FormEvent } from "react";
import { ErrorPopover } from "@/components/ui/error-popover";
import type { PaperState } from "@/lib/client/load-paper-state";
import { papersApi } from "@/lib/client/papers-api";
import { queryKeys } from "@/lib/client/query-keys";
import { cacheUpdate, useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";
import { usePaperState } from "@/lib/client/use-paper-state";
import { useRequireSignIn } from "@/lib/hooks/use-require-sign-in";

/**
 * The upvote button and count. The page gives the cached count; the viewer's state and a fresh
 * count arrive from the page's one batched request. It is a form, so a press before this script
 * has run (or without script) posts and is counted (app/api/papers/[id]/vote's POST); once it
 * runs, a press shows its result at once and rolls back, with a message, if the server refuses.
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

  async function onSubmit(event: FormEvent) {
    // Synchronously, before any await: the form must not also post.
    event.preventDefault();
    const current = await requireSignIn();
    if (current !== null) vote.mutate(!current?.voted);
  }

  return (
    <form method="post" action={`/api/papers/${paperId}/vote`} onSubmit={(event) => void onSubmit(event)} className="vote-box">
      <button aria-label="Upvote" aria-pressed={voted} className="vote-hit" />
      <span className="vote-count" aria-label={`${upvotes} upvotes`}>
        {upvotes}
      </span>
      {error && <ErrorPopover message={error} onDismiss={() => setError(null)} className="left-0 w-56" />}
    </form>
  );
}
