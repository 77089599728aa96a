// Property tests: whatever arrives as a search, on whichever database this run uses (CI runs
// them on PGlite and on PostgreSQL 15), the API answers 200 or a 400 with a message, never a 500,
// and the query function itself never throws.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/papers/search/route";
import { searchPapers } from "@/lib/search/search-papers";
import { SEARCH_SORTS } from "@/lib/search/search-sort";
import { createTestPaper, resetDb } from "@/tests/db";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

// Pieces that have broken search engines: tsquery and SQL syntax, escapes, NUL and other control
// characters, lone surrogates, emoji sequences, right-to-left and combining text, homoglyphs.
const nasty = [
  "&",
  "|",
  "!",
  "<->",
  "<2>",
  ":*",
  ":A",
  "(",
  ")",
  "'",
  "''",
  '"',
  "\\",
  "\\'",
  "-",
  "--",
  "or",
  "OR",
  "and",
  "not",
  '\'; DROP TABLE "Paper"; --',
  "%",
  "_",
  "*",
  "$1",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\ud800",
  "\udfff",
  "\uE000",
  "\uE001",
  "😀",
  "👩‍🔬",
  "🏳️‍🌈",
  "注意力",
  "трансформер",
  "مرحبا",
  "שלום",
  "e\u0301",
  "ﬁ",
  "ｍｏｄｅｌ",
  "attention",
  "model",
  "state space",
  "transf",
  " ",
  "  ",
  "\t",
  "\n",
  "a".repeat(300),
  "x".repeat(2100),
];

const queryText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.array(fc.constantFrom(...nasty), { maxLength: 12 }).map((parts) => parts.join("")),
  fc.array(fc.oneof(fc.constantFrom(...nasty), fc.string({ maxLength: 6 })), { maxLength: 10 }).map((parts) => parts.join(" ")),
);

beforeAll(async () => {
  await resetDb();
  const titles = [
    "Attention is all you need",
    "State space models",
    "Трансформер для текста",
    "注意力机制研究",
    "O'Brien's \"quoted\" title & more",
    "Emoji 🤖 robots",
    "Model model model",
  ];
  for (const [i, title] of titles.entries()) {
    await createTestPaper({
      title,
      abstract: `${title}. An abstract with attention, models and transformers, number ${i}.`,
      authors: ["Ada Lovelace"],
      upvotes: i,
    });
  }
});

describe("GET /api/papers/search with arbitrary input", () => {
  it("answers 200 with results or 400 with a message", async () => {
    await fc.assert(
      fc.asyncProperty(
        queryText,
        fc.option(fc.oneof(fc.constantFrom(...SEARCH_SORTS), fc.string({ maxLength: 10 })), { nil: undefined }),
        fc.option(fc.oneof(fc.integer({ min: -5, max: 150 }).map(String), fc.string({ maxLength: 5 })), { nil: undefined }),
        fc.option(fc.oneof(fc.base64String({ maxLength: 60 }), fc.string({ maxLength: 30 })), { nil: undefined }),
        async (q, sort, limit, cursor) => {
          const params = new URLSearchParams({ q });
          if (sort !== undefined) params.set("sort", sort);
          if (limit !== undefined) params.set("limit", limit);
          if (cursor !== undefined) params.set("cursor", cursor);
          const response = await GET(new Request(`http://localhost/api/papers/search?${params}`));
          const body = await response.json();
          if (response.status === 400) {
            expect(typeof body.error).toBe("string");
            expect(body.error.length).toBeGreaterThan(0);
          } else {
            expect(response.status).toBe(200);
            expect(Array.isArray(body.papers)).toBe(true);
          }
          // A query of valid length with default parameters is never refused.
          if (sort === undefined && limit === undefined && cursor === undefined) {
            expect(response.status).toBe(params.get("q")!.length <= 250 ? 200 : 400);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["q=" + "a".repeat(251), "q: must be at most 250 characters"],
    ["q=x&limit=101", "limit: must be at most 100"],
    ["q=x&sort=hot", "sort: must be one of relevance, new, top"],
    ["q=x&cursor=bm9wZQ", "cursor: cursor is not valid for this sort; use the nextCursor of a previous page"],
    ["q=x&q=y", "q: give it once"],
  ])("answers 400 for %s", async (query, message) => {
    const response = await GET(new Request(`http://localhost/api/papers/search?${query}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: message });
  });
});

describe("searchPapers with arbitrary text", () => {
  it("never throws, and every result is a paper with its highlights", async () => {
    await fc.assert(
      fc.asyncProperty(queryText, fc.constantFrom(...SEARCH_SORTS), async (q, sort) => {
        const result = await searchPapers({ q, sort, limit: 5 });
        for (const paper of result.papers) {
          expect(paper.highlight.title.map((p) => p.text).join("")).toBe(paper.title);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
