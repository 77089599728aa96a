import { describe, expect, it } from "vitest";
import { nextPeriod, parsePeriod, previousPeriod, type PeriodKind } from "@/lib/periods";

describe("parsePeriod", () => {
  it.each<[PeriodKind, string, string | null, string | null]>([
    // kind, input, expected start, expected exclusive end
    ["date", "2023-10-26", "2023-10-26", "2023-10-27"],
    ["date", "2024-02-29", "2024-02-29", "2024-03-01"],
    ["date", "2023-02-29", null, null],
    ["date", "2023-13-01", null, null],
    ["date", "2023-1-01", null, null],
    ["date", "yesterday", null, null],
    ["date", "0001-01-01", null, null],
    ["week", "2025-W01", "2024-12-30", "2025-01-06"],
    ["week", "2020-W53", "2020-12-28", "2021-01-04"],
    ["week", "2021-W53", null, null],
    ["week", "2025-W00", null, null],
    ["week", "2025-43", null, null],
    ["month", "2023-10", "2023-10-01", "2023-11-01"],
    ["month", "2023-12", "2023-12-01", "2024-01-01"],
    ["month", "2023-00", null, null],
    ["month", "2023-10-01", null, null],
  ])("%s %s", (kind, input, start, end) => {
    const period = parsePeriod(kind, input);
    if (start === null) return expect(period).toBeNull();
    expect(period?.start.toISOString().slice(0, 10)).toBe(start);
    expect(period?.end.toISOString().slice(0, 10)).toBe(end);
    expect(period?.slug).toBe(input);
  });
});

describe("previousPeriod and nextPeriod", () => {
  it.each<[PeriodKind, string, string, string]>([
    ["date", "2024-03-01", "2024-02-29", "2024-03-02"],
    ["date", "2023-12-31", "2023-12-30", "2024-01-01"],
    ["week", "2025-W01", "2024-W52", "2025-W02"],
    ["week", "2020-W53", "2020-W52", "2021-W01"],
    ["month", "2024-01", "2023-12", "2024-02"],
  ])("%s %s", (kind, input, previous, next) => {
    const period = parsePeriod(kind, input)!;
    expect(previousPeriod(period).slug).toBe(previous);
    expect(nextPeriod(period).slug).toBe(next);
  });
});
