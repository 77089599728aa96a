import { describe, expect, it } from "vitest";
import { formatAuthors, formatDate } from "@/lib/format";

describe("formatAuthors", () => {
  it.each<[string[], number, string]>([
    [[], 6, "6 authors"],
    [[], 1, "1 author"],
    [[], 0, ""],
    [["Ada"], 1, "Ada"],
    [["Ada", "Alan"], 2, "Ada and Alan"],
    [["Ada", "Alan", "Grace"], 3, "Ada, Alan and Grace"],
    [["A", "B", "C", "D"], 4, "A, B, C and 1 other"],
    [["A", "B", "C", "D", "E"], 5, "A, B, C and 2 others"],
  ])("%j of %i", (authors, count, expected) => {
    expect(formatAuthors(authors, count)).toBe(expected);
  });
});

describe("formatDate", () => {
  it("formats in UTC whatever the server's zone", () => {
    expect(formatDate(new Date("2023-09-01T00:00:00Z"))).toBe("Sep 1, 2023");
    expect(formatDate("2025-10-26T23:59:59Z")).toBe("Oct 26, 2025");
  });
});
