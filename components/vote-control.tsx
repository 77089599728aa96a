"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { paperStateKey, paperStateQuery, updatePaperState, usePaperState, type PaperState } from "@/components/paper-state";

async function sendVote(paperId: string, voted: boolean): Promise<{ voted: boolean; upvotes: number }> {
  const response = await fetch(`/api/papers/${encodeURIComponent(paperId)}/vote`, { method: voted ? "PUT" : "DELETE" });
  const body = (await response.json().catch(() => null)) as { voted: boolean; upvotes: number; error?: string } | null;
  if (!response.ok || !body) {
    throw new Error(response.status === 401 ? "Your session has ended. Sign in again to upvote." : (body?.error ?? "Could not reach the server."));
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
      <div
        className={`relative flex w-11 flex-col items-center rounded-md border py-1.5 text-sm transition-colors focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent-500 ${
          voted
            ? "border-accent-600 bg-accent-50 text-accent-700 dark:border-accent-400 dark:bg-accent-900 dark:text-accent-100"
            : "border-zinc-200 hover:border-zinc-400 dark:border-zinc-800 dark:hover:border-zinc-600"
        }`}
      >
        <button
          type="button"
          aria-label="Upvote"
          aria-pressed={voted}
          onClick={() => void onClick()}
          // The button covers the whole box, count included; its own outline is on the box.
          className="grid h-4 w-full place-items-center outline-none after:absolute after:inset-0 after:rounded-md after:content-['']"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 fill-current ${voted ? "" : "text-zinc-500 dark:text-zinc-400"}`}>
            <path d="M10 4l6 8H4z" />
          </svg>
        </button>
        <span className="font-semibold tabular-nums" aria-label={`${upvotes} upvotes`}>
          {upvotes}
        </span>
      </div>
      {error && (
        <p role="alert" className="absolute top-full left-0 z-10 mt-1 w-56 rounded-md border border-red-300 bg-white p-2 text-xs text-red-800 shadow-md dark:border-red-800 dark:bg-zinc-900 dark:text-red-200">
          {error}{" "}
          <button type="button" className="font-medium underline" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
