import { describe, expect, test } from "vitest";
import { compareComments, wilsonLowerBound } from "@/lib/comments/rank-comments";

describe("Best: the Wilson lower bound with one non-voter", () => {
  test.each([
    [0, 0],
    [1, 0.0945],
    [2, 0.2077],
    [10, 0.6226],
    [100, 0.946],
  ])("%i upvotes score %f", (upvotes, score) => {
    expect(wilsonLowerBound(upvotes)).toBeCloseTo(score, 3);
  });

  test("rises with every vote and stays below 1, so paging by upvotes gives the same order", () => {
    for (let ups = 0; ups < 5000; ups++) {
      expect(wilsonLowerBound(ups + 1)).toBeGreaterThan(wilsonLowerBound(ups));
      expect(wilsonLowerBound(ups + 1)).toBeLessThan(1);
    }
  });

  test("equal scores read oldest first under Best, newest first under New", () => {
    const comments = [
      { id: "c2", upvotes: 1, createdAt: "2026-01-02T00:00:00Z" },
      { id: "c1", upvotes: 1, createdAt: "2026-01-01T00:00:00Z" },
      { id: "c3", upvotes: 5, createdAt: "2026-01-03T00:00:00Z" },
      { id: "c0", upvotes: 0, createdAt: "2026-01-04T00:00:00Z" },
    ];
    expect([...comments].sort(compareComments("best")).map((c) => c.id)).toEqual(["c3", "c1", "c2", "c0"]);
    expect([...comments].sort(compareComments("new")).map((c) => c.id)).toEqual(["c0", "c3", "c2", "c1"]);
  });
});
