"use client";

import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import type { PaperStateResponse } from "@/lib/api/me-schemas";

/** What the viewer sees for one paper. `upvotes` is null until loaded (or for an unknown id). */
export type PaperState = { signedIn: boolean; voted: boolean; saved: boolean; upvotes: number | null };

export function paperStateKey(paperId: string) {
  return ["paper-state", paperId] as const;
}

const MAX_IDS = 100;
type Waiter = { resolve: (state: PaperState) => void; reject: (error: unknown) => void };
let queued = new Map<string, Waiter[]>();
let timer: ReturnType<typeof setTimeout> | null = null;

async function fetchBatch(batch: Map<string, Waiter[]>) {
  const ids = [...batch.keys()];
  for (let start = 0; start < ids.length; start += MAX_IDS) {
    const chunk = ids.slice(start, start + MAX_IDS);
    try {
      const response = await fetch(`/api/me/paper-state?ids=${chunk.map(encodeURIComponent).join(",")}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`paper state: HTTP ${response.status}`);
      const body = (await response.json()) as PaperStateResponse;
      const votes = new Set(body.votes);
      const saved = new Set(body.saved);
      for (const id of chunk) {
        const state = { signedIn: body.signedIn, voted: votes.has(id), saved: saved.has(id), upvotes: body.counts[id] ?? null };
        batch.get(id)?.forEach((waiter) => waiter.resolve(state));
      }
    } catch (error) {
      for (const id of chunk) batch.get(id)?.forEach((waiter) => waiter.reject(error));
    }
  }
}

/**
 * One paper's state, fetched together with every other paper that asks in the same moment: all
 * the cards of a page render in one commit, so their queries start together and become a single
 * GET /api/me/paper-state?ids=… request.
 */
function loadPaperState(paperId: string): Promise<PaperState> {
  return new Promise((resolve, reject) => {
    const waiters = queued.get(paperId) ?? [];
    waiters.push({ resolve, reject });
    queued.set(paperId, waiters);
    timer ??= setTimeout(() => {
      const batch = queued;
      queued = new Map();
      timer = null;
      void fetchBatch(batch);
    }, 10);
  });
}

/** Query options of one paper's state, for `useQuery` or `queryClient.fetchQuery`. */
export function paperStateQuery(paperId: string) {
  return queryOptions({ queryKey: paperStateKey(paperId), queryFn: () => loadPaperState(paperId), staleTime: 30_000 });
}

/** The viewer's vote, save and the fresh count of one paper, from the page's one batched request. */
export function usePaperState(paperId: string) {
  return useQuery(paperStateQuery(paperId));
}

/** Changes the cached state of one paper (optimistic updates); returns the previous value for a rollback. */
export function updatePaperState(client: QueryClient, paperId: string, update: (state: PaperState) => PaperState): PaperState | undefined {
  const previous = client.getQueryData<PaperState>(paperStateKey(paperId));
  if (previous) client.setQueryData<PaperState>(paperStateKey(paperId), update(previous));
  return previous;
}
