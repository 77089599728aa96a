import "server-only";
import { after } from "next/server";
import { PAPER_CARDS_TAG, PAPERS_TAG, profileTag } from "@/lib/cache/cache-tags";
import { revalidateEverywhere } from "@/lib/cache/revalidate-everywhere";
import { NO_WINDOW, planListRefresh, type RefreshPlan, type RefreshWindow } from "@/lib/votes/plan-list-refresh";

/** How long vote refreshes of the lists are gathered (see lib/votes/plan-list-refresh.ts). */
export const LIST_REFRESH_WINDOW_MS = 5000;

// Per server process; on globalThis so every route bundle of the process shares one window.
const globalForVotes = globalThis as unknown as { papershelfListRefresh?: { window: RefreshWindow } };
const state = (globalForVotes.papershelfListRefresh ??= { window: NO_WINDOW });

async function carryOut(plan: RefreshPlan, now: string[] = []): Promise<void> {
  state.window = plan.window;
  if (plan.refreshNow || now.length) await revalidateEverywhere({ now, background: plan.refreshNow ? [PAPERS_TAG, PAPER_CARDS_TAG] : [] });
  const checkAt = plan.checkAt;
  if (checkAt === null) return;
  // after() keeps the check inside a request's scope, where Next lets the cache be revalidated.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, checkAt - Date.now())));
    await carryOut(planListRefresh(state.window, "window-end", Date.now(), LIST_REFRESH_WINDOW_MS));
  });
}

/**
 * After a vote by `username` (from script, which shows the new count by itself): their own
 * profile lists the paper at once; everyone's lists follow within the window, on every server.
 */
export async function refreshAfterVote(username: string | null): Promise<void> {
  const plan = planListRefresh(state.window, "vote", Date.now(), LIST_REFRESH_WINDOW_MS);
  await carryOut(plan, username ? [profileTag(username)] : []);
}
