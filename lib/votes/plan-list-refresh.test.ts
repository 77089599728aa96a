import { describe, expect, test } from "vitest";
import { NO_WINDOW, planListRefresh, type RefreshWindow } from "@/lib/votes/plan-list-refresh";

const W = 5000;

/**
 * Runs a stream of votes through the planner as the server does: a vote plans at its time, and a
 * window-end check runs at each `checkAt` the plans asked for (before a vote at the same moment,
 * as a timer that fired on time would). Returns the times at which the lists were refreshed.
 */
function simulate(votes: number[]): number[] {
  let window: RefreshWindow = NO_WINDOW;
  const checks: number[] = [];
  const refreshes: number[] = [];
  const apply = (event: "vote" | "window-end", now: number) => {
    const plan = planListRefresh(window, event, now, W);
    window = plan.window;
    if (plan.refreshNow) refreshes.push(now);
    if (plan.checkAt !== null) checks.push(plan.checkAt);
  };
  const runChecksUntil = (time: number) => {
    checks.sort((a, b) => a - b);
    while (checks.length && checks[0]! <= time) apply("window-end", checks.shift()!);
  };
  for (const vote of votes) {
    runChecksUntil(vote);
    apply("vote", vote);
  }
  runChecksUntil(Number.POSITIVE_INFINITY);
  return refreshes;
}

describe("planListRefresh", () => {
  test.each([
    { name: "a lone vote refreshes at once", votes: [1000], refreshes: [1000] },
    { name: "two votes apart refresh each at once", votes: [1000, 7000], refreshes: [1000, 7000] },
    { name: "a vote in the window waits for its end", votes: [1000, 2000], refreshes: [1000, 6000] },
    { name: "many votes in a window are one refresh at its end", votes: [0, 1, 2, 3, 4999], refreshes: [0, 5000] },
    { name: "a vote at the window's end is its own", votes: [0, 5000], refreshes: [0, 5000] },
    {
      name: "a steady stream refreshes once a window",
      votes: [0, 2000, 4000, 6000, 8000, 10_000, 12_000],
      refreshes: [0, 5000, 10_000, 15_000],
    },
    { name: "after a quiet window the next vote is at once again", votes: [0, 1000, 20_000], refreshes: [0, 5000, 20_000] },
  ])("$name", ({ votes, refreshes }) => {
    expect(simulate(votes)).toEqual(refreshes);
  });

  test("a window's end without waiting votes changes nothing and asks for no check", () => {
    const window = { endsAt: 5000, votesWaiting: false };
    expect(planListRefresh(window, "window-end", 5000, W)).toEqual({ window, refreshNow: false, checkAt: null });
  });

  test("random vote streams: every vote is refreshed within a window, and refreshes are a window apart", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run += 1) {
      const rate = [0.0005, 0.005, 0.05][run % 3]!; // votes per ms: one per 2 s, 5 s⁻¹, 50 s⁻¹
      const votes: number[] = [];
      for (let t = random() * 1000; votes.length < 200; t += -Math.log(1 - random()) / rate) votes.push(Math.round(t));
      const refreshes = simulate(votes);
      for (const vote of votes) {
        const covering = refreshes.find((refresh) => refresh >= vote);
        expect(covering, `vote at ${vote}`).toBeDefined();
        expect(covering! - vote).toBeLessThanOrEqual(W);
      }
      for (let i = 1; i < refreshes.length; i += 1) expect(refreshes[i]! - refreshes[i - 1]!).toBeGreaterThanOrEqual(W);
      // No more refreshes than windows the stream spans, plus the one that opens each busy spell.
      expect(refreshes.length).toBeLessThanOrEqual(Math.ceil((votes.at(-1)! - votes[0]!) / W) + 2);
    }
  });
});
