import { describe, expect, it } from "vitest";
import { planDigests } from "@/lib/digest/plan-digests";

const plan = (args: { frequency?: string; date?: string }, now: string) =>
  planDigests(args, new Date(now)).map(({ frequency, period }) => `${frequency} ${period.slug}`);

describe("planDigests", () => {
  it("sends yesterday's daily digest, and on Mondays last week's weekly one too", () => {
    expect(plan({}, "2026-11-28T07:00:00Z")).toEqual(["daily 2026-11-27"]); // a Saturday
    expect(plan({}, "2026-11-30T07:00:00Z")).toEqual(["daily 2026-11-29", "weekly 2026-W48"]); // a Monday
  });
  it("takes the time the run was due, so a late retry sends the same digests", () => {
    expect(plan({}, "2026-11-30T23:59:00Z")).toEqual(plan({}, "2026-11-30T00:01:00Z"));
  });
  it("picks a frequency or a day on request", () => {
    expect(plan({ frequency: "weekly" }, "2026-11-28T07:00:00Z")).toEqual(["weekly 2026-W47"]);
    expect(plan({ date: "2025-10-29" }, "2026-11-28T07:00:00Z")).toEqual(["daily 2025-10-29", "weekly 2025-W44"]);
  });
  it.each([[{ frequency: "hourly" }], [{ date: "yesterday" }], [{ date: "2025-02-30" }]])("refuses %j", (args) => {
    expect(() => planDigests(args, new Date())).toThrow(/--frequency|--date/);
  });
});
