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

  it("reads Hugging Face's count and code and project links", () => {
    const [linked, plain] = parseHfDailyPapers(readFileSync("tests/fixtures/hf/daily_papers-2025-06-02.json", "utf8"));
    expect(linked).toMatchObject({
      upvotes: 31,
      hfUpvotes: 31,
      code: { url: "https://github.com/example-lab/fast-attn", stars: 1234, from: "listing" },
      projectUrl: "https://example-lab.github.io/fast-attn/",
    });
    expect(plain).toMatchObject({ hfUpvotes: 5, code: null, projectUrl: null });
  });

  it.each([
    [
      "a repository folder",
      { githubRepo: "https://github.com/o/r/tree/main/x", githubStars: 3 },
      { url: "https://github.com/o/r", stars: 3, from: "listing" },
      null,
    ],
    [
      "a repository elsewhere",
      { githubRepo: "https://gitlab.com/o/r" },
      { url: "https://gitlab.com/o/r", stars: null, from: "listing" },
      null,
    ],
    [
      "stars that are not a count",
      { githubRepo: "https://github.com/o/r", githubStars: -4 },
      { url: "https://github.com/o/r", stars: null, from: "listing" },
      null,
    ],
    ["a javascript: link", { githubRepo: "javascript:alert(1)", projectPage: "javascript:alert(1)" }, null, null],
    ["an empty link", { githubRepo: "", projectPage: "" }, null, null],
    ["a link that is not a string", { githubRepo: 5, projectPage: { url: "x" } }, null, null],
    ["null links", { githubRepo: null, projectPage: null }, null, null],
  ])("keeps only good links: %s", (_name, links, code, projectUrl) => {
    const [paper] = parseHfDailyPapers(item({}, links));
    expect(paper!.code).toEqual(code);
    expect(paper!.projectUrl).toBe(projectUrl);
  });

  it("refuses a listing over the item limit", () => {
    const three = JSON.stringify([0, 1, 2].map((i) => JSON.parse(item({ title: `T${i}` }))[0]));
    expect(parseHfDailyPapers(three, "L", { maxItems: 3 })).toHaveLength(3);
    expect(() => parseHfDailyPapers(three, "L", { maxItems: 2 })).toThrow(
      "L has 3 items, more than a day's listing can (2): refused as not a Daily Papers listing",
    );
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
