import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchQuery } from "@/lib/search/build-search-query";
import { correctSpelling } from "@/lib/search/correct-spelling";
import { trigramSimilarity } from "@/lib/search/trigram-similarity";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

async function knownWords(words: string[]) {
  const rows = await testDb().$queryRaw<{ word: string }[]>`SELECT "word" FROM "SearchWord" WHERE "word" = ANY(${words}::text[])`;
  return rows.map((r) => r.word).sort();
}

let paperId = "";

beforeAll(async () => {
  await resetDb();
  paperId = (await createTestPaper({ title: "Quantization of GPT-4 Transformers", authors: ["Tri Dao", "Albert Gu"] })).id;
  await createTestPaper({ title: "Diffusion models beat GANs" });
});

describe("the SearchWord vocabulary", () => {
  it("gets the words of a new paper's title and authors, lower case, without numbers or short words", async () => {
    expect(await knownWords(["quantization", "transformers", "gpt", "tri", "dao", "albert", "of", "4", "gpt-4"])).toEqual([
      "albert",
      "dao",
      "gpt",
      "quantization",
      "transformers",
      "tri",
    ]);
  });

  it("gets the new words when a title changes, not when votes do", async () => {
    await testDb().paper.update({ where: { id: paperId }, data: { upvotes: 5 } });
    await testDb().paper.update({ where: { id: paperId }, data: { title: "Quantization of sparse transformers" } });
    expect(await knownWords(["sparse"])).toEqual(["sparse"]);
  });
});

describe("correctSpelling", () => {
  it.each([
    ["quantisation transformers", "quantization transformers", ["quantisation"]],
    ["difusion modells", "diffusion models", ["difusion", "modells"]],
    ["Diffusion -quantisaton", null, []],
    ["difusion -quantisaton", "diffusion -quantisaton", ["difusion"]],
    ["diffusion models", null, []],
    ["xq zz", null, []],
    ["qqqqxxxx models", null, ["qqqqxxxx"]],
  ])("%j → %j", async (q, suggestion, unknown) => {
    expect(await correctSpelling(testDb(), buildSearchQuery(q))).toEqual({ suggestion, unknown });
  });
});

describe("trigramSimilarity", () => {
  it("agrees with pg_trgm's similarity()", async () => {
    const pairs = [
      ["attention", "atention"],
      ["transformer", "transformers"],
      ["Mamba", "mamba"],
      ["model", "modal"],
      ["abc", "xyz"],
      ["gpt", "gpt4"],
    ];
    for (const [a, b] of pairs) {
      const [row] = await testDb().$queryRaw<{ s: number }[]>`SELECT similarity(${a}, ${b})::float8 AS s`;
      expect(trigramSimilarity(a!, b!)).toBeCloseTo(row!.s, 5);
    }
  });
});
