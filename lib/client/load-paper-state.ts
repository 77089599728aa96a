import { papersApi } from "@/lib/client/papers-api";

/** What the viewer sees for one paper. `upvotes` is null until loaded (or for an unknown id). */
export type PaperState = { signedIn: boolean; voted: boolean; saved: boolean; upvotes: number | null };

const MAX_IDS = 100;
type Waiter = { resolve: (state: PaperState) => void; reject: (error: unknown) => void };
let queued = new Map<string, Waiter[]>();
let timer: ReturnType<typeof setTimeout> | null = null;

async function loadBatch(batch: Map<string, Waiter[]>) {
  const ids = [...batch.keys()];
  for (let start = 0; start < ids.length; start += MAX_IDS) {
    const chunk = ids.slice(start, start + MAX_IDS);
    try {
      const answer = await papersApi.states(chunk);
      const votes = new Set(answer.votes);
      const saved = new Set(answer.saved);
      for (const id of chunk) {
        const state = { signedIn: answer.signedIn, voted: votes.has(id), saved: saved.has(id), upvotes: answer.counts[id] ?? null };
        batch.get(id)?.forEach((waiter) => waiter.resolve(state));
      }
    } catch (error) {
      for (const id of chunk) batch.get(id)?.forEach((waiter) => waiter.reject(error));
    }
  }
}

/**
 * One paper's state, loaded together with every other paper that asks in the same moment: all
 * the cards of a page render in one commit, so their queries start together and become a single
 * GET /api/me/paper-state?ids=… request, which keeps the pages themselves cacheable.
 */
export function loadPaperState(paperId: string): Promise<PaperState> {
  return new Promise((resolve, reject) => {
    const waiters = queued.get(paperId) ?? [];
    waiters.push({ resolve, reject });
    queued.set(paperId, waiters);
    timer ??= setTimeout(() => {
      const batch = queued;
      queued = new Map();
      timer = null;
      void loadBatch(batch);
    }, 10);
  });
}
