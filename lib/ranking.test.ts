import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { SECONDS_PER_DECADE_OF_VOTES, trendingScore, trendingScoreSql } from "@/lib/ranking";
import { createTestPaper, testDb } from "@/tests/db";

describe("trendingScore", () => {
  const day = new Date("2025-10-01T00:00:00Z");
  it.each([
    [0, 1, 0],
    [1, 10, -1],
    [10, 100, -1],
    [100, 10, 1],
  ])("ranks %i votes against %i votes on the same day by log10", (a, b, difference) => {
    expect(trendingScore(a, day) - trendingScore(b, day)).toBeCloseTo(difference, 9);
  });

  it("gives 12.5 hours of recency the weight of ten times the votes", () => {
    const later = new Date(day.getTime() + SECONDS_PER_DECADE_OF_VOTES * 1000);
    expect(trendingScore(1, later)).toBeCloseTo(trendingScore(10, day), 9);
  });

  it("is computed the same way by the database", async () => {
    const paper = await createTestPaper({ upvotes: 0, listedAt: new Date("2024-02-29T00:00:00Z") });
    for (const upvotes of [0, 1, 7, 1234]) {
      const [row] = await testDb().$queryRaw<{ score: number }[]>`
        SELECT ${trendingScoreSql(Prisma.sql`${upvotes}::int`)} AS score FROM "Paper" WHERE "id" = ${paper.id}`;
      expect(row!.score).toBeCloseTo(trendingScore(upvotes, paper.listedAt), 9);
    }
  });
});
