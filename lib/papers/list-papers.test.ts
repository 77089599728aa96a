import { beforeAll, describe, expect, it } from "vitest";
import { FEED_SORTS, type FeedSort } from "@/lib/papers/feed-sort";
import { InvalidCursorError } from "@/lib/keyset-cursor";
import { listPapers } from "@/lib/papers/list-papers";
import { createTestPaper, resetDb } from "@/tests/db";

const PAPERS = 47;

// Expected order computed in JS from what was inserted, independently of the SQL under test.
const expectedOrder: Record<FeedSort, (a: Expected, b: Expected) => number> = {
  trending: (a, b) => b.score - a.score || (a.id < b.id ? 1 : -1),
  top: (a, b) => b.upvotes - a.upvotes || (a.id < b.id ? 1 : -1),
  new: (a, b) => b.listedAt.getTime() - a.listedAt.getTime() || (a.id < b.id ? 1 : -1),
};
type Expected = { id: string; score: number; upvotes: number; listedAt: Date };
let inserted: Expected[] = [];

beforeAll(async () => {
  await resetDb();
  inserted = [];
  for (let i = 0; i < PAPERS; i++) {
    // Few distinct values, so ties (broken by id) happen in every sort.
    const paper = await createTestPaper({ upvotes: (i * 7) % 5, listedAt: new Date(Date.UTC(2025, 5, 1 + (i % 6))) });
    inserted.push(paper);
  }
});

describe("listPapers", () => {
  it.each(FEED_SORTS)("pages through %s without gaps or repeats", async (sort) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listPapers>> = await listPapers({ sort, limit: 10, cursor });
      expect(page.papers.length).toBeLessThanOrEqual(10);
      seen.push(...page.papers.map((p) => p.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(PAPERS / 10));
    expect(seen).toEqual([...inserted].sort(expectedOrder[sort]).map((p) => p.id));
  });

  it("returns no cursor when the last page is exactly full", async () => {
    const first = await listPapers({ sort: "top", limit: PAPERS });
    expect(first.papers).toHaveLength(PAPERS);
    expect(first.nextCursor).toBeNull();
  });

  it.each([
    ["garbage", "not-a-cursor"],
    ["another sort's cursor", "sort-mismatch"],
  ])("rejects %s", async (_name, kind) => {
    let cursor = "bm90IGpzb24";
    if (kind === "sort-mismatch") cursor = (await listPapers({ sort: "new", limit: 1 })).nextCursor!;
    await expect(listPapers({ sort: "top", limit: 5, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("listPapers with a filter", () => {
  it.each(FEED_SORTS)("pages through one category and one period in %s order", async (sort) => {
    await resetDb();
    const papers: (Expected & { categories: string[]; codeUrl: string | null })[] = [];
    const categorySets = [["cs.LG"], ["cs.CL", "cs.LG"], ["cs.CL"], [], ["stat.ML", "cs.LGX"]];
    // Only http(s) links count as code: the others are never shown, so they must not be listed as code.
    const codeUrls = [
      null,
      "https://github.com/org/repo",
      null,
      "http://gitlab.com/a/b",
      "javascript:alert(1)",
      "",
      "HTTPS://GitHub.com/x/y",
    ];
    for (let i = 0; i < 25; i++) {
      const categories = categorySets[i % categorySets.length]!;
      const codeUrl = codeUrls[i % codeUrls.length]!;
      const paper = await createTestPaper({
        upvotes: i % 4,
        categories,
        codeUrl,
        listedAt: new Date(Date.UTC(2025, 5, 1 + (i % 10), i % 3)),
      });
      papers.push({ ...paper, categories, codeUrl });
    }
    const hasCode = (p: (typeof papers)[number]) => p.codeUrl !== null && /^https?:\/\//i.test(p.codeUrl);
    const from = new Date(Date.UTC(2025, 5, 3));
    const before = new Date(Date.UTC(2025, 5, 8));
    const cases = [
      { filter: { category: "cs.LG" }, keep: (p: (typeof papers)[number]) => p.categories.includes("cs.LG") },
      {
        filter: { listedFrom: from, listedBefore: before },
        keep: (p: (typeof papers)[number]) => p.listedAt >= from && p.listedAt < before,
      },
      {
        filter: { category: "cs.CL", listedFrom: from, listedBefore: before },
        keep: (p: (typeof papers)[number]) => p.categories.includes("cs.CL") && p.listedAt >= from && p.listedAt < before,
      },
      { filter: { category: "q-bio.NC" }, keep: () => false },
      { filter: { hasCode: true }, keep: hasCode },
      { filter: { hasCode: false }, keep: () => true },
      { filter: { hasCode: true, category: "cs.LG" }, keep: (p: (typeof papers)[number]) => hasCode(p) && p.categories.includes("cs.LG") },
      {
        filter: { hasCode: true, listedFrom: from, listedBefore: before },
        keep: (p: (typeof papers)[number]) => hasCode(p) && p.listedAt >= from && p.listedAt < before,
      },
    ];
    for (const { filter, keep } of cases) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listPapers>> = await listPapers({ sort, limit: 3, cursor, filter });
        seen.push(...page.papers.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      const expected = papers
        .filter(keep)
        .sort(expectedOrder[sort])
        .map((p) => p.id);
      // Each filter but the no-op one leaves some papers out, or the case would test nothing.
      expect(expected.length === 0 || expected.length < papers.length || ("hasCode" in filter && filter.hasCode === false)).toBe(true);
      expect(seen).toEqual(expected);
    }
  });
});
