import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/import-error";
import { ingestDays } from "@/lib/ingest/ingest-days";

const now = new Date("2025-03-02T10:00:00Z");

describe("ingestDays", () => {
  it.each([
    ["a fresh install: the last 3 days", {}, ["2025-02-28", "2025-03-01", "2025-03-02"]],
    [
      "a success today: still the last 3 days",
      { lastSuccessAt: new Date("2025-03-02T09:00:00Z") },
      ["2025-02-28", "2025-03-01", "2025-03-02"],
    ],
    [
      "a server down for days: from the last success's day",
      { lastSuccessAt: new Date("2025-02-25T23:59:59Z") },
      ["2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02"],
    ],
    ["one day a run", { minDays: 1 }, ["2025-03-02"]],
    ["a range, across a leap-less February", { from: "2025-02-27", to: "2025-03-01" }, ["2025-02-27", "2025-02-28", "2025-03-01"]],
    ["a range, across a leap day", { from: "2024-02-28", to: "2024-03-01" }, ["2024-02-28", "2024-02-29", "2024-03-01"]],
    ["from alone: through today", { from: "2025-03-01" }, ["2025-03-01", "2025-03-02"]],
    ["to alone: that day", { to: "2025-01-31" }, ["2025-01-31"]],
    ["a range ignores the last success", { from: "2025-03-02", to: "2025-03-02", lastSuccessAt: new Date("2025-01-01") }, ["2025-03-02"]],
  ])("%s", (_name, options, expected) => {
    expect(ingestDays({ now, ...options })).toEqual(expected);
  });

  it("counts days in UTC, whatever the hour", () => {
    expect(ingestDays({ now: new Date("2025-03-02T23:59:59.999Z"), minDays: 1 })).toEqual(["2025-03-02"]);
    expect(ingestDays({ now: new Date("2025-03-03T00:00:00Z"), minDays: 1 })).toEqual(["2025-03-03"]);
  });

  it.each([
    ["a day that does not exist", { from: "2025-02-30" }, /--from must be a day like 2025-10-29, not "2025-02-30"/],
    ["not a day", { to: "yesterday" }, /--to must be a day/],
    ["from after to", { from: "2025-03-02", to: "2025-03-01" }, /--from 2025-03-02 is after --to 2025-03-01/],
    ["a day after today", { to: "2025-03-03" }, /--to 2025-03-03 is after today \(2025-03-02, UTC\)/],
  ])("refuses %s", (_name, options, message) => {
    expect(() => ingestDays({ now, ...options })).toThrow(ImportError);
    expect(() => ingestDays({ now, ...options })).toThrow(message);
  });
});
