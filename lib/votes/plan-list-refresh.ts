/**
 * When votes refresh the cached paper lists. A vote changes a count, which readers get fresh from
 * the per-viewer request anyway (components/paper-state.tsx); what the cached pages hold of it is
 * the order of Top and Trending and the counts drawn into them, which may lag by seconds. So votes
 * refresh the lists at most once per window: the first vote after a quiet spell at once (a lone
 * vote shows on the next visit), every later one in the window together when it ends. Under any
 * vote rate each list is then rendered at most once per window, and every vote shows within one.
 *
 * A pure function of the window and the clock, so that it can be tested without waiting; the
 * caller (lib/votes/refresh-after-vote.ts) refreshes and schedules as it says.
 */
export type RefreshWindow = {
  /** When the current window ends (ms since the epoch); no window is open past it. */
  endsAt: number;
  /** Whether votes came in during the window that no refresh has covered yet. */
  votesWaiting: boolean;
};

export type RefreshPlan = {
  window: RefreshWindow;
  refreshNow: boolean;
  /** When to call `planListRefresh(…, "window-end")` next, or null when no check is needed. */
  checkAt: number | null;
};

export const NO_WINDOW: RefreshWindow = { endsAt: Number.NEGATIVE_INFINITY, votesWaiting: false };

export function planListRefresh(window: RefreshWindow, event: "vote" | "window-end", now: number, windowMs: number): RefreshPlan {
  const refreshAndOpen = (): RefreshPlan => ({
    window: { endsAt: now + windowMs, votesWaiting: false },
    refreshNow: true,
    checkAt: now + windowMs,
  });
  if (event === "vote") {
    if (now >= window.endsAt) return refreshAndOpen();
    return { window: { ...window, votesWaiting: true }, refreshNow: false, checkAt: null };
  }
  // The window's end: the votes it held are refreshed now, and that refresh opens the next window,
  // so refreshes stay a window apart under a steady stream of votes.
  if (window.votesWaiting) return refreshAndOpen();
  return { window, refreshNow: false, checkAt: null };
}
