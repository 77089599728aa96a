import { describe, expect, it } from "vitest";
import { runState } from "@/lib/jobs/list-job-status";

const now = new Date("2026-11-29T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("runState", () => {
  it.each([
    ["ended well", { endedAt: minutesAgo(1), ok: true, startedAt: minutesAgo(2) }, false, "ok"],
    ["ended badly", { endedAt: minutesAgo(1), ok: false, startedAt: minutesAgo(2) }, false, "failed"],
    ["no end, within its timeout, nothing newer", { endedAt: null, ok: null, startedAt: minutesAgo(2) }, false, "running"],
    ["no end, a newer attempt started", { endedAt: null, ok: null, startedAt: minutesAgo(2) }, true, "interrupted"],
    ["no end, past its timeout", { endedAt: null, ok: null, startedAt: minutesAgo(11) }, false, "interrupted"],
    ["an ended run stays ended even when superseded", { endedAt: minutesAgo(1), ok: true, startedAt: minutesAgo(2) }, true, "ok"],
  ] as const)("%s", (_, run, superseded, expected) => {
    expect(runState(run, { timeoutSeconds: 600, superseded, now })).toBe(expected);
  });
});
