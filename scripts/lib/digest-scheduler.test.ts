import { describe, expect, it } from "vitest";
import { msUntilNext } from "./digest-scheduler";

const MIN = 60_000;

describe("msUntilNext", () => {
  it.each([
    ["07:00", "2025-10-29T06:00:00Z", 60 * MIN],
    ["07:00", "2025-10-29T07:00:00Z", 24 * 60 * MIN],
    ["07:00", "2025-10-29T07:00:01Z", 24 * 60 * MIN - 1000],
    ["00:00", "2025-12-31T23:59:00Z", MIN],
    ["23:30", "2025-10-29T00:00:00Z", (23 * 60 + 30) * MIN],
  ])("%s from %s", (schedule, now, expected) => {
    expect(msUntilNext(schedule, new Date(now))).toBe(expected);
  });

  it.each(["7:00", "24:00", "07:60", "daily"])("rejects %j", (schedule) => {
    expect(() => msUntilNext(schedule, new Date())).toThrow(/DIGEST_SCHEDULE must be a UTC time like 07:00/);
  });
});
