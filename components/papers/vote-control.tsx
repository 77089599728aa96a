"use client";

import { ErrorPopover } from "@/components/ui/error-popover";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { paperStateKey, paperStateQuery, updatePaperState, usePaperState, type PaperState } from "@/components/papers/paper-state";

async function sendVote(paperId: string, voted: boolean): Promise<{ voted: boolean; upvotes: number }> {
  const response = await fetch(`/api/papers/${encodeURIComponent(paperId)}/vote`, { method: voted ? "PUT" : "DELETE" });
  const body = (await response.json().catch(() => null)) as { voted: boolean; upvotes: number; error?: string } | null;
  if (!response.ok || !body) {
    throw new Error(
      response.status === 401 ? "Your session has ended. Sign in again to upvote." : (body?.error ?? "Could not reach the server."),
    );
  }
  return body;
}

/**
 * The upvote button and count. The page gives the cached count; the viewer's state and a fresh
 * count arrive from the page's one batched request. A click shows its result at once and rolls
 * back, with a message, if the server refuses.
 */
export function VoteControl({ paperId, upvotes: cachedUpvotes }: { paperId: string; upvotes: number }) {
  const client = useQueryClient();
  const router = useRouter();
  const state = usePaperState(paperId);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    // One paper's votes go out one after another, so the last click always wins.
    scope: { id: `vote:${paperId}` },
    mutationFn: (voted: boolean) => sendVote(paperId, voted),
    onMutate: async (voted) => {
      setError(null);
      await client.cancelQueries({ queryKey: paperStateKey(paperId) });
      const previous = updatePaperState(client, paperId, (s) => ({
        ...s,
        voted,
        upvotes: s.voted === voted ? s.upvotes : (s.upvotes ?? cachedUpvotes) + (voted ? 1 : -1),
      }));
      return { previous };
    },
    onError: (err, _voted, context) => {
      if (context?.previous) client.setQueryData<PaperState>(paperStateKey(paperId), context.previous);
      setError(`Your upvote was not saved: ${err instanceof Error ? err.message : "something went wrong"}`);
    },
    onSuccess: (result) => updatePaperState(client, paperId, (s) => ({ ...s, voted: result.voted, upvotes: result.upvotes })),
  });

  const voted = state.data?.voted ?? false;
  const upvotes = state.data?.upvotes ?? cachedUpvotes;

  async function onClick() {
    const current = state.data ?? (await client.fetchQuery(paperStateQuery(paperId)).catch(() => undefined));
    if (current && !current.signedIn) {
      const back = `${window.location.pathname}${window.location.search}`;
      router.push(`/signin?callbackUrl=${encodeURIComponent(back)}`);
      return;
    }
    mutation.mutate(!current?.voted);
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
