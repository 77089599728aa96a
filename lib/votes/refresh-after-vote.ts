import "server-only";
import { PAPER_CARDS_TAG, PAPERS_TAG, profileTag } from "@/lib/cache/cache-tags";
import { revalidateAppServers } from "@/lib/cache/revalidate-app-servers";
import { revalidateEverywhere } from "@/lib/cache/revalidate-everywhere";
import { NO_WINDOW, planListRefresh, type RefreshPlan, type RefreshWindow } from "@/lib/votes/plan-list-refresh";

/** How long vote refreshes of the lists are gathered (see lib/votes/plan-list-refresh.ts). */
export const LIST_REFRESH_WINDOW_MS = 5000;

const LISTS = [PAPERS_TAG, PAPER_CARDS_TAG];

// Per server process; on globalThis so every route bundle of the process shares one window.
const globalForVotes = globalThis as unknown as { papershelfListRefresh?: { window: RefreshWindow; timer?: NodeJS.Timeout } };
const state = (globalForVotes.papershelfListRefresh ??= { window: NO_WINDOW });

/**
 * At a window's end no request is in progress, and Next revalidates only inside one (after() would
 * do, but holds the vote's answer open until it returns). So the window's refresh goes the way a
 * worker's does: a NOTIFY that every server hears, this one included, or on the embedded database
 * a request to this server itself.
 */
function scheduleWindowEnd(checkAt: number): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(
    () => {
      const plan = planListRefresh(state.window, "window-end", Date.now(), LIST_REFRESH_WINDOW_MS);
      state.window = plan.window;
      if (plan.refreshNow) {
        void revalidateAppServers({ background: LISTS }, { baseUrl: `http://127.0.0.1:${process.env.PORT ?? 3000}` }).then((result) => {
          if (!result.ok)
            console.error(`Votes of the last ${LIST_REFRESH_WINDOW_MS / 1000} s were not refreshed in the lists: ${result.reason}`);
        });
      }
      if (plan.checkAt !== null) scheduleWindowEnd(plan.checkAt);
    },
    Math.max(0, checkAt - Date.now()),
  );
  state.timer.unref();
}

/**
 * After a vote by `username` (from script, which shows the new count by itself): their own
 * profile lists the paper at once; everyone's lists follow within the window, on every server.
 */
export async function refreshAfterVote(username: string | null): Promise<void> {
  const plan: RefreshPlan = planListRefresh(state.window, "vote", Date.now(), LIST_REFRESH_WINDOW_MS);
  state.window = plan.window;
  const now = username ? [profileTag(username)] : [];
  if (plan.refreshNow || now.length) await revalidateEverywhere({ now, background: plan.refreshNow ? LISTS : [] });
  if (plan.checkAt !== null) scheduleWindowEnd(plan.checkAt);
}
