import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hfListingLocation, importHfDailyPapers } from "@/lib/import/import-hf-daily-papers";
import { importArxivPapers } from "@/lib/import/import-arxiv-papers";
import { trendingScore } from "@/lib/ranking";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";
import { resetDb, testDb } from "@/tests/db";

const FILE = "tests/fixtures/hf/daily_papers-2023-10-11.json";
let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => resetDb());

const options = () => ({ apiUrl: upstream.hfApiUrl, baseDelayMs: 10 });

describe("hfListingLocation", () => {
  it.each([
    ["https://huggingface.co/api/daily_papers", { kind: "url", location: "https://huggingface.co/api/daily_papers" }],
    ["2025-10-29", { kind: "url", location: "http://hf.test/api/daily_papers?date=2025-10-29" }],
    ["./listing.json", { kind: "file", location: "./listing.json" }],
  ])("reads %s", (source, expected) => {
    expect(hfListingLocation(source, "http://hf.test/api/")).toEqual(expected);
  });
});

describe("importHfDailyPapers", () => {
  it("imports a listing from a file, listed on the day Hugging Face listed it, with its upvotes", async () => {
    const saved = await importHfDailyPapers(testDb(), FILE, options());
    expect(saved.map((p) => p.status)).toEqual(["created", "created"]);
    const mistral = await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.06825" } });
    expect(mistral).toMatchObject({
      upvotes: 48,
      listedAt: new Date("2023-10-11T00:42:38.604Z"),
      publishedAt: new Date("2023-10-10T17:54:58.000Z"),
      authorCount: 18,
    });
    expect(mistral.score).toBeCloseTo(trendingScore(48, mistral.listedAt), 9);
  });

  it("is idempotent: importing again writes nothing, not even updatedAt, and keeps local votes", async () => {
    await importHfDailyPapers(testDb(), FILE, options());
    await testDb().paper.updateMany({ where: { arxivId: "2310.06825" }, data: { upvotes: 50 } });
    const before = await testDb().paper.findMany({ orderBy: { id: "asc" } });
    const saved = await importHfDailyPapers(testDb(), FILE, options());
    expect(saved.map((p) => p.status)).toEqual(["unchanged", "unchanged"]);
    expect(await testDb().paper.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refreshes Hugging Face's own count without touching ours", async () => {
    await importHfDailyPapers(testDb(), FILE, options());
    await testDb().paper.updateMany({ where: { arxivId: "2310.06825" }, data: { upvotes: 50 } });
    const listing = JSON.parse(readFileSync(FILE, "utf8")) as { paper: { upvotes: number } }[];
    listing[0]!.paper.upvotes = 70;
    upstream.script({ status: 200, body: JSON.stringify(listing) });
    const saved = await importHfDailyPapers(testDb(), "2023-10-11", options());
    expect(saved.map((p) => p.status)).toEqual(["updated", "unchanged"]);
    expect(await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.06825" } })).toMatchObject({ upvotes: 50, hfUpvotes: 70 });
  });

  it("fetches a day's listing from the API, and merges with what arXiv said", async () => {
    await importArxivPapers(testDb(), ["2310.06825"], { baseUrl: upstream.arxivApiUrl });
    const saved = await importHfDailyPapers(testDb(), "2023-10-11", options());
    expect(upstream.requests.at(-1)).toBe("/api/daily_papers?date=2023-10-11");
    expect(saved.map((p) => p.status)).toEqual(["updated", "created"]);
    const mistral = await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.06825" } });
    // arXiv's categories and links survive; the listing day moves to Hugging Face's; votes stay local.
    expect(mistral).toMatchObject({
      categories: ["cs.CL", "cs.AI", "cs.LG"],
      pdfUrl: "https://arxiv.org/pdf/2310.06825v1",
      upvotes: 0,
      listedAt: new Date("2023-10-11T00:42:38.604Z"),
    });
    expect(mistral.score).toBeCloseTo(trendingScore(0, mistral.listedAt), 9);
  });

  it("fetches a listing by URL", async () => {
    const saved = await importHfDailyPapers(testDb(), `${upstream.origin}/hf/daily_papers-2023-07-18.json`, options());
    expect(saved).toMatchObject([{ arxivId: "2307.08691", status: "created" }]);
  });

  it.each([
    ["a missing file", "tests/fixtures/hf/nope.json", /^cannot read tests\/fixtures\/hf\/nope\.json: ENOENT/],
    ["a file that is not a listing", "package.json", /^package\.json is not a Daily Papers listing/],
    ["an unreachable URL", "http://127.0.0.1:1/x", /^could not reach Hugging Face at http:\/\/127\.0\.0\.1:1\/x: /],
  ])("explains %s and writes nothing", async (_name, source, message) => {
    await expect(importHfDailyPapers(testDb(), source, { ...options(), retries: 0 })).rejects.toThrow(message);
    expect(await testDb().paper.count()).toBe(0);
  });

  it("explains malformed JSON from the API", async () => {
    upstream.script({ status: 200, body: '[{"paper": ' });
    await expect(importHfDailyPapers(testDb(), "2023-10-11", options())).rejects.toThrow(/^the Hugging Face listing is not valid JSON: /);
  });
});
