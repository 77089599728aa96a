import { beforeEach, describe, expect, it } from "vitest";
import { trendingScore } from "@/lib/ranking";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";
import { SEED_LISTING_DATE, seedPapers } from "@/lib/seed/seed-papers";
import { resetDb, testDb } from "@/tests/db";

describe("seedPapers", () => {
  beforeEach(resetDb);

  it("loads all 90 seed papers with their dates and upvotes, once", async () => {
    const seed = await loadSeedPapers();
    expect(seed).toHaveLength(90);
    expect(await seedPapers(testDb(), seed)).toBe(90);
    expect(await seedPapers(testDb(), seed)).toBe(0);
    expect(await testDb().paper.count()).toBe(90);

    const totalUpvotes = seed.reduce((sum, paper) => sum + paper.upvotes, 0);
    const stored = await testDb().paper.aggregate({ _sum: { upvotes: true } });
    expect(stored._sum.upvotes).toBe(totalUpvotes);

    for (const paper of seed) {
      const row = await testDb().paper.findUniqueOrThrow({ where: { slug: paper.slug } });
      expect(row.title).toBe(paper.title);
      expect(row.publishedAt?.toISOString().slice(0, 10) ?? null).toBe(paper.publishedAt);
      expect(row.listedAt.toISOString().slice(0, 10)).toBe(paper.publishedAt ?? SEED_LISTING_DATE);
      expect(paper.listedAt).toBe(paper.publishedAt ?? SEED_LISTING_DATE);
      expect(row.score).toBeCloseTo(trendingScore(paper.upvotes, row.listedAt), 9);
    }
  });

  it("lists the papers without a date on the listing's date heading, not on the day they were loaded", async () => {
    const undated = (await loadSeedPapers()).filter((paper) => paper.publishedAt === null);
    expect(undated).toHaveLength(3);
    await seedPapers(testDb(), undated);
    const rows = await testDb().paper.findMany();
    expect(rows.map((row) => row.listedAt.toISOString())).toEqual(Array(3).fill(`${SEED_LISTING_DATE}T00:00:00.000Z`));
  });

  it("refuses a paper with no date at all instead of dating it by the load", async () => {
    const [paper] = await loadSeedPapers();
    await expect(seedPapers(testDb(), [{ ...paper!, publishedAt: null, listedAt: null }])).rejects.toThrow(
      /has no date, and its listing no date heading/,
    );
    expect(await testDb().paper.count()).toBe(0);
  });

  it("lets only one of two concurrent seeders insert", async () => {
    const seed = await loadSeedPapers();
    const counts = await Promise.all([seedPapers(testDb(), seed), seedPapers(testDb(), seed)]);
    expect(counts.sort()).toEqual([0, 90]);
  });
});
