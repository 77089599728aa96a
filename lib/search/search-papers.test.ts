// Search on the real database (PGlite, or PostgreSQL 15 in CI). Expected results are computed in
// JS from what was inserted, or with plain SQL that does not use full-text search.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { RELEVANCE_CANDIDATES, SEARCH_WINDOW } from "@/lib/search/find-matches";
import { highlightText } from "@/lib/search/highlight";
import type { SearchResult } from "@/lib/api/papers-schemas";
import { InvalidCursorError } from "@/lib/keyset-cursor";
import { searchPapers } from "@/lib/search/search-papers";
import type { SearchSort } from "@/lib/search/search-sort";
import { trendingScoreSql } from "@/lib/ranking";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

// More filler than the window, so that both ways of finding matches run: checking the sort's
// index row by row (a common word) and the GIN index (a word too rare for the window).
const FILLER = SEARCH_WINDOW + 150;
const SPORADIC_EVERY = 200;

const ids: Record<string, string> = {};

async function insertFiller() {
  await testDb().$executeRaw`
    INSERT INTO "Paper" ("id", "slug", "title", "abstract", "authors", "authorCount", "listedAt", "publishedAt", "updatedAt", "upvotes", "score")
    SELECT 'filler-' || lpad(i::text, 5, '0'), 'filler-' || i, 'Filler paper ' || i,
           'Boilerplate text number ' || i || CASE WHEN i % ${SPORADIC_EVERY} = 0 THEN ' with a sporadic word.' ELSE '.' END,
           '{}', 0, at, at, now(), up, 0
    FROM (SELECT i, timestamp '2024-01-01' + (i * 7 % 1000) * interval '1 day' AS at, (i * 13) % 50 AS up
          FROM generate_series(1, ${FILLER}::int) AS i) AS s`;
  await testDb().$executeRaw`UPDATE "Paper" SET "score" = ${trendingScoreSql(Prisma.sql`"upvotes"`)} WHERE "id" LIKE 'filler-%'`;
}

beforeAll(async () => {
  await resetDb();
  const day = (d: number) => new Date(Date.UTC(2025, 5, d));
  const papers = {
    titleMatch: { title: "Sparse routing for mixture of experts", abstract: "We study experts.", listedAt: day(1) },
    abstractMatch: {
      title: "Load balancing in large models",
      abstract: "A note on routing tokens, among many other things we consider here.",
      listedAt: day(2),
    },
    stateSpace: { title: "State space models at scale", abstract: "Selective state space layers.", listedAt: day(3) },
    spaceOfStates: { title: "The space of states in games", abstract: "Game theory.", listedAt: day(4) },
    mamba: { title: "Mamba goes deeper", abstract: "A recurrent model.", listedAt: day(5) },
    hyena: { title: "Hyena hierarchy", abstract: "Long convolutions.", listedAt: day(6) },
    linearAttention: { title: "Linear attention is what you need", abstract: "Kernels.", listedAt: day(7) },
    softmaxAttention: { title: "Attention with softmax, revisited", abstract: "Exact attention.", listedAt: day(8), upvotes: 9 },
    transformers: { title: "Transformers for tabular data", abstract: "Tables.", listedAt: day(9) },
    author: {
      title: "A paper with a notable author",
      abstract: "Nothing else.",
      authors: ["Grace Hopperfield", "Ada Lovelace"],
      listedAt: day(10),
    },
    longWord: { title: "Hyperparameteroptimization for everyone", abstract: "Tuning.", listedAt: day(11) },
  };
  for (const [name, paper] of Object.entries(papers)) ids[name] = (await createTestPaper(paper)).id;
  await insertFiller();
});

const search = (q: string, sort: SearchSort = "relevance", limit = 20, cursor: string | null = null) =>
  searchPapers({ q, sort, limit, cursor });
const idsOf = (result: SearchResult) => result.papers.map((p) => p.id);

async function pageThrough(q: string, sort: SearchSort, limit: number) {
  const seen: SearchResult["papers"] = [];
  let cursor: string | null = null;
  do {
    const page: SearchResult = await search(q, sort, limit, cursor);
    expect(page.papers.length).toBeLessThanOrEqual(limit);
    seen.push(...page.papers);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

/** Matches found without full-text search: by a word in the abstract, through plain SQL. */
async function fillerMatching(word: string) {
  return testDb().$queryRaw<{ id: string; listedAt: Date; upvotes: number; score: number }[]>`
    SELECT "id", "listedAt", "upvotes", "score" FROM "Paper" WHERE "id" LIKE 'filler-%' AND "abstract" ILIKE ${`%${word}%`}`;
}

const byKeyThenId =
  <T extends { id: string }>(key: (row: T) => number) =>
  (a: T, b: T) =>
    key(b) - key(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

describe("searchPapers: what matches", () => {
  // `ordered`: the expected order is the ranking's (title over abstract); otherwise any order.
  it.each([
    ["a word in the title, then in the abstract", "routing ", ["titleMatch", "abstractMatch"], true],
    ["a quoted phrase, not its words apart", '"state space" ', ["stateSpace"], true],
    ["either word with or", "mamba or hyena ", ["hyena", "mamba"], false],
    ["either word with or, the last still being typed", "mamba or hyen", ["hyena", "mamba"], false],
    ["both groups of an or", "sparse routing or hyena ", ["titleMatch", "hyena"], false],
    ["without an excluded word", "attention -linear", ["softmaxAttention"], true],
    ["the last word as a prefix while typing", "transf", ["transformers"], true],
    ["an author's name", "hopperfield", ["author"], true],
    ["stemmed words", "transformer ", ["transformers"], true],
  ])("finds %s", async (_name, q, names, ordered) => {
    const result = await search(q);
    const found = idsOf(result);
    const expected = names.map((name) => ids[name]!);
    expect(ordered ? found : [...found].sort()).toEqual(ordered ? expected : [...expected].sort());
    expect(result.fallback).toBeNull();
  });

  it("does not expand a finished word (only spelling correction finds it then)", async () => {
    expect(await search("transf ")).toMatchObject({ fallback: "corrected", suggestion: "transformers" });
  });

  it.each(["", "   ", "!!! ???", "&|!():*"])("finds nothing for %j", async (q) => {
    expect(await search(q)).toEqual({ papers: [], nextCursor: null, fallback: null, suggestion: null, approximate: false });
  });

  it("marks the matches in the title and in an abstract snippet", async () => {
    const [hit] = (await search("softmax attention ")).papers;
    expect(hit?.id).toBe(ids.softmaxAttention);
    expect(highlightText(hit!.highlight.title)).toBe("Attention with softmax, revisited");
    expect(hit!.highlight.title.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(["attention", "softmax"]);
    expect(hit!.highlight.abstract.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(["attention"]);
  });

  it("rejects a cursor of another sort", async () => {
    const { nextCursor } = await search("boilerplate ", "new", 5);
    await expect(search("boilerplate ", "top", 5, nextCursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("searchPapers: sorts and pages", () => {
  it.each([
    ["new", "sporadic "],
    ["top", "sporadic "],
  ] as const)("pages through every match of a rare word by %s, in order", async (sort, q) => {
    const expected = (await fillerMatching("sporadic")).sort(byKeyThenId((r) => (sort === "new" ? r.listedAt.getTime() : r.upvotes)));
    expect(expected.length).toBe(Math.floor(FILLER / SPORADIC_EVERY));
    expect((await pageThrough(q, sort, 4)).map((p) => p.id)).toEqual(expected.map((r) => r.id));
  });

  it.each(["new", "top"] as const)("pages through every match of a common word by %s, in order", async (sort) => {
    const expected = (await fillerMatching("boilerplate")).sort(byKeyThenId((r) => (sort === "new" ? r.listedAt.getTime() : r.upvotes)));
    expect((await pageThrough("boilerplate ", sort, 100)).map((p) => p.id)).toEqual(expected.map((r) => r.id));
  });

  it("ranks every match of a rare word by relevance, across pages", async () => {
    const seen = await pageThrough("sporadic ", "relevance", 4);
    expect(seen.map((p) => p.id).sort()).toEqual((await fillerMatching("sporadic")).map((r) => r.id).sort());
  });

  it("ranks a common word among its most trending matches, and says so", async () => {
    const first = await search("boilerplate ");
    expect(first.approximate).toBe(true);
    const seen = await pageThrough("boilerplate ", "relevance", 100);
    const trending = (await fillerMatching("boilerplate")).sort(byKeyThenId((r) => r.score)).slice(0, RELEVANCE_CANDIDATES);
    expect(seen.map((p) => p.id).sort()).toEqual(trending.map((r) => r.id).sort());
  });
});

describe("searchPapers: when nothing matches", () => {
  it("corrects a misspelled word and shows its results", async () => {
    const result = await search("sofmax atention ");
    expect(result).toMatchObject({ fallback: "corrected", suggestion: "softmax attention", nextCursor: null });
    expect(idsOf(result)).toEqual([ids.softmaxAttention]);
  });

  it("keeps excluded words as typed", async () => {
    const result = await search("atention -linear");
    expect(result.suggestion).toBe("attention -linear");
    expect(idsOf(result)).toEqual([ids.softmaxAttention]);
  });

  it("shows titles that contain something like the query when no word can be corrected", async () => {
    const result = await search("meteroptim");
    expect(result).toMatchObject({ fallback: "similar", suggestion: null });
    expect(idsOf(result)).toEqual([ids.longWord]);
    expect(result.papers[0]!.highlight.title).toEqual([{ text: "Hyperparameteroptimization", match: true }, { text: " for everyone" }]);
  });

  it("does not look for similar titles when every word is known", async () => {
    expect(await search("hyena softmax ")).toMatchObject({ papers: [], fallback: null });
  });

  it("says nothing matches when nothing is close", async () => {
    expect(await search("qqqqxxxx zzzzvvvv")).toMatchObject({ papers: [], fallback: null, suggestion: null });
  });
});
