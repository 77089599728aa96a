import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/import-error";
import { parseHfDailyPapers } from "@/lib/import/parse-hf-daily-papers";

const listing = readFileSync("tests/fixtures/hf/daily_papers-2023-10-11.json", "utf8");
const item = (overrides: Record<string, unknown> = {}, paper: Record<string, unknown> = {}) =>
  JSON.stringify([
    { title: "T", summary: "S", paper: { id: "2310.06825", publishedAt: "2023-10-10T17:54:58.000Z", ...paper }, ...overrides },
  ]);

describe("parseHfDailyPapers", () => {
  it("reads a recorded listing", () => {
    const [mistral, handWritten] = parseHfDailyPapers(listing);
    expect(mistral).toMatchObject({
      arxivId: "2310.06825",
      title: "Mistral 7B",
      publishedAt: new Date("2023-10-10T17:54:58.000Z"),
      listedAt: new Date("2023-10-11T00:42:38.604Z"),
      listedAtIsListing: true,
      upvotes: 48,
      categories: [],
    });
    expect(mistral!.authors).toHaveLength(18);
    expect(mistral!.abstract).not.toContain("\n");
    expect(handWritten!.authors).toEqual(["Test Author One", "Zoë Ångström"]);
    expect(handWritten!.abstract).toContain("<angle brackets>");
  });

  it.each([
    ["the top-level dates", item({ submittedOnDailyAt: "2024-01-02T03:04:05.000Z" }), new Date("2024-01-02T03:04:05.000Z"), true],
    ["the paper's dates", item({}, { submittedOnDailyAt: "2024-02-02T00:00:00Z" }), new Date("2024-02-02T00:00:00Z"), true],
    ["the published date without a listing date", item(), new Date("2023-10-10T17:54:58.000Z"), false],
  ])("lists a paper by %s", (_name, json, listedAt, isListing) => {
    const [paper] = parseHfDailyPapers(json);
    expect(paper!.listedAt).toEqual(listedAt);
    expect(paper!.listedAtIsListing).toBe(isListing);
  });

  it.each([
    ["invalid JSON", "[{", /^the Daily Papers JSON is not valid JSON: /],
    ["an object instead of a list", '{"papers": []}', /expected a JSON array of items/],
    ["an item without paper", '[{"title": "x"}]', /^the Daily Papers JSON: item 1, paper: /],
    ["a paper id that is not arXiv's", item({}, { id: "not-an-id" }), /item 1, paper\.id: must be an arXiv id$/],
    ["a bad date", item({}, { publishedAt: "yesterday" }), /item 1, paper\.publishedAt: must be an ISO date$/],
    ["negative upvotes", item({}, { upvotes: -1 }), /item 1, paper\.upvotes: /],
    ["no title anywhere", item({ title: "  " }), /item 1 has no title/],
    ["no date anywhere", item({}, { publishedAt: undefined }), /item 1 has neither submittedOnDailyAt nor publishedAt/],
  ])("rejects %s with a message", (_name, json, message) => {
    expect(() => parseHfDailyPapers(json)).toThrow(ImportError);
    expect(() => parseHfDailyPapers(json)).toThrow(message);
  });
});
