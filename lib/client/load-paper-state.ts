import type { PaperStateResponse } from "@/lib/api/me-schemas";
import type { SessionUser } from "@/lib/client/auth-api";
import { papersApi } from "@/lib/client/papers-api";

/** The viewer's side of one paper's discussion: comments they upvoted, their own (and until when each is editable). */
export type CommentState = NonNullable<PaperStateResponse["comments"]>;

/** What the viewer sees for one paper. `upvotes` is null until loaded (or for an unknown id). */
export type PaperState = { signedIn: boolean; voted: boolean; saved: boolean; read: boolean; upvotes: number | null };

const MAX_IDS = 100;
type Waiter<T> = { resolve: (value: T) => void; reject: (error: unknown) => void };
/** `opened`: the paper whose page this is, marked read by the batch's request (a POST then). */
type Batch = {
  papers: Map<string, Waiter<PaperState>[]>;
  me: Waiter<SessionUser | null>[];
  unread: Waiter<number>[];
  opened: string | null;
  /** The paper whose discussion is on the page, and who waits for the viewer's state of it. */
  comments: { paperId: string; waiters: Waiter<CommentState>[] } | null;
};
const emptyBatch = (): Batch => ({ papers: new Map(), me: [], unread: [], opened: null, comments: null });
let queued: Batch = emptyBatch();
let timer: ReturnType<typeof setTimeout> | null = null;

async function loadBatch(batch: Batch) {
  const ids = [...batch.papers.keys()];
  // Without papers, one request still answers who is signed in.
  const chunks =
    ids.length === 0 ? [[]] : Array.from({ length: Math.ceil(ids.length / MAX_IDS) }, (_, i) => ids.slice(i * MAX_IDS, (i + 1) * MAX_IDS));
  for (const [index, chunk] of chunks.entries()) {
    const me = index === 0 ? batch.me : [];
    const unread = index === 0 ? batch.unread : [];
    const opened = batch.opened !== null && chunk.includes(batch.opened) ? batch.opened : null;
    const comments = index === 0 ? batch.comments : null;
    try {
      const answer = await (opened === null
        ? papersApi.states(chunk, comments?.paperId)
        : papersApi.statesOpening(chunk, opened, comments?.paperId));
      const votes = new Set(answer.votes);
      const saved = new Set(answer.saved);
      const read = new Set(answer.read);
      for (const id of chunk) {
        const state = {
          signedIn: answer.signedIn,
          voted: votes.has(id),
          saved: saved.has(id),
          read: read.has(id),
          upvotes: answer.counts[id] ?? null,
        };
        batch.papers.get(id)?.forEach((waiter) => waiter.resolve(state));
      }
      me.forEach((waiter) => waiter.resolve(answer.user));
      unread.forEach((waiter) => waiter.resolve(answer.inboxUnread));
      comments?.waiters.forEach((waiter) => waiter.resolve(answer.comments ?? { voted: [], mine: [] }));
    } catch (error) {
      for (const id of chunk) batch.papers.get(id)?.forEach((waiter) => waiter.reject(error));
      me.forEach((waiter) => waiter.reject(error));
      unread.forEach((waiter) => waiter.reject(error));
      comments?.waiters.forEach((waiter) => waiter.reject(error));
    }
  }
}

function enqueue(add: (batch: Batch) => void) {
  add(queued);
  timer ??= setTimeout(() => {
    const batch = queued;
    queued = emptyBatch();
    timer = null;
    void loadBatch(batch);
  }, 10);
}

/**
 * One paper's state, loaded together with every other paper that asks in the same moment: all
 * the cards of a page render in one commit, so their queries start together and become a single
 * GET /api/me/paper-state?ids=… request, which keeps the pages themselves cacheable.
 *
 * `opened`: asked by the paper's own page, which marks it read for a signed-in viewer; the batch's
 * request is then a POST (a GET never writes) and its answer already says `read`.
 */
export function loadPaperState(paperId: string, { opened = false } = {}): Promise<PaperState> {
  return new Promise((resolve, reject) =>
    enqueue((batch) => {
      if (opened) batch.opened = paperId;
      const waiters = batch.papers.get(paperId) ?? [];
      waiters.push({ resolve, reject });
      batch.papers.set(paperId, waiters);
    }),
  );
}

/** Who is signed in, asked in the same request as the page's papers (the header mounts with them). */
export function loadMe(): Promise<SessionUser | null> {
  return new Promise((resolve, reject) => enqueue((batch) => batch.me.push({ resolve, reject })));
}

/** How many papers of the viewer's inbox are unread (0 signed out), in the same request as the rest. */
export function loadInboxUnread(): Promise<number> {
  return new Promise((resolve, reject) => enqueue((batch) => batch.unread.push({ resolve, reject })));
}

/** The viewer's votes and own comments in one paper's discussion, in the same request as the rest. */
export function loadCommentState(paperId: string): Promise<CommentState> {
  return new Promise((resolve, reject) =>
    enqueue((batch) => {
      if (batch.comments && batch.comments.paperId !== paperId) {
        // One discussion per page; a second asks on its own batch's terms (never happens on our pages).
        resolve({ voted: [], mine: [] });
        return;
      }
      batch.comments ??= { paperId, waiters: [] };
      batch.comments.waiters.push({ resolve, reject });
    }),
  );
}
