import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestSource, type IngestOptions } from "@/lib/ingest/ingest-source";
import { findFreePort } from "@/scripts/lib/embedded-db";
import { startFakeUpstream, type FakeUpstream, type ScriptedResponse } from "@/tests/fake-upstream";
import { resetDb, testDb } from "@/tests/db";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => resetDb());

const NOW = new Date("2025-06-04T12:00:00Z");
const listing = (day: string) => readFileSync(`tests/fixtures/hf/daily_papers-${day}.json`, "utf8");

function run(options: IngestOptions = {}) {
  const lines: string[] = [];
  const result = ingestSource(testDb(), "hf", {
    now: NOW,
    hfApiUrl: upstream.hfApiUrl,
    baseDelayMs: 10,
    retries: 0,
    log: (line) => lines.push(line),
    ...options,
  });
  return result.then((value) => ({ ...value, lines }));
}

const state = () => testDb().ingestState.findUnique({ where: { source: "hf" } });
const hfRequests = (since: number) => upstream.requests.slice(since).filter((r) => r.startsWith("/api/daily_papers"));

describe("ingestSource: Hugging Face", () => {
  it("a fresh install reads the last 3 days, with Hugging Face's counts and code links", async () => {
    const before = upstream.requests.length;
    const result = await run();
    expect(hfRequests(before)).toEqual([
      "/api/daily_papers?date=2025-06-02&limit=100&p=0",
      "/api/daily_papers?date=2025-06-03&limit=100&p=0",
      "/api/daily_papers?date=2025-06-04&limit=100&p=0",
    ]);
    expect(result).toMatchObject({
      source: "hf",
      changed: true,
      days: [
        { day: "2025-06-02", created: 2, updated: 0, unchanged: 0 },
        { day: "2025-06-03", created: 1, updated: 0, unchanged: 0 },
        { day: "2025-06-04", created: 1, updated: 0, unchanged: 0 },
      ],
    });
    expect(result.lines).toEqual([
      "ingest hf 2025-06-02: 2 new, 0 updated, 0 unchanged",
      "ingest hf 2025-06-03: 1 new, 0 updated, 0 unchanged",
      "ingest hf 2025-06-04: 1 new, 0 updated, 0 unchanged",
    ]);
    const papers = await testDb().paper.findMany({ orderBy: { arxivId: "asc" } });
    expect(papers.map((p) => [p.arxivId, p.upvotes, p.hfUpvotes, p.codeUrl, p.codeStars, p.projectUrl])).toEqual([
      ["2506.00101", 31, 31, "https://github.com/example-lab/fast-attn", 1234, "https://example-lab.github.io/fast-attn/"],
      ["2506.00102", 5, 5, null, null, null],
      ["2506.01201", 12, 12, null, null, "https://example.org/project/"],
      // A link to a folder becomes the repository's.
      ["2506.02301", 8, 8, "https://github.com/example-lab/with-path", 87, null],
    ]);
    expect(papers[0]!.listedAt).toEqual(new Date("2025-06-02T00:41:12.118Z"));
    expect((await state())?.lastSuccessAt).toEqual(NOW);
  });

  it("running again changes nothing and writes nothing", async () => {
    await run();
    const before = await testDb().paper.findMany({ orderBy: { id: "asc" } });
    const again = await run();
    expect(again.changed).toBe(false);
    expect(again.days.map((d) => [d.created, d.updated, d.unchanged])).toEqual([
      [0, 0, 2],
      [0, 0, 1],
      [0, 0, 1],
    ]);
    expect(await testDb().paper.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("catches up every day since the last success after a server was down", async () => {
    await testDb().ingestState.create({ data: { source: "hf", lastSuccessAt: new Date("2025-05-30T08:00:00Z") } });
    const before = upstream.requests.length;
    const result = await run();
    expect(result.days.map((d) => d.day)).toEqual(["2025-05-30", "2025-05-31", "2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04"]);
    expect(hfRequests(before)).toHaveLength(6);
    expect(await testDb().paper.count()).toBe(4);
    // The next run starts from this one.
    const next = await run({ now: new Date("2025-06-05T01:00:00Z") });
    expect(next.days.map((d) => d.day)).toEqual(["2025-06-03", "2025-06-04", "2025-06-05"]);
  });

  it("refreshes Hugging Face's count and links, never our votes or the submitter", async () => {
    await run({ from: "2025-06-02", to: "2025-06-02" });
    const user = await testDb().user.create({ data: { name: "Ada" } });
    await testDb().paper.update({ where: { arxivId: "2506.00101" }, data: { upvotes: 3, submittedById: user.id } });
    const changed = JSON.parse(listing("2025-06-02")) as { paper: Record<string, unknown> }[];
    changed[0]!.paper.upvotes = 90;
    changed[0]!.paper.githubStars = 1500;
    upstream.script({ status: 200, body: JSON.stringify(changed) });
    const result = await run({ from: "2025-06-02", to: "2025-06-02" });
    expect(result.days).toEqual([{ day: "2025-06-02", created: 0, updated: 1, unchanged: 1 }]);
    expect(await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2506.00101" } })).toMatchObject({
      upvotes: 3,
      hfUpvotes: 90,
      codeStars: 1500,
      submittedById: user.id,
    });
  });

  const page = (from: number, n: number) =>
    JSON.stringify(
      Array.from({ length: n }, (_, i) => ({
        paper: { id: `2506.${String(20000 + from + i)}`, publishedAt: "2025-06-01T00:00:00Z", upvotes: 1 },
        title: `Paged paper ${from + i}`,
        submittedOnDailyAt: "2025-06-02T01:00:00Z",
      })),
    );

  it("reads every page of a busy day", async () => {
    upstream.script({ status: 200, body: page(0, 100) }, { status: 200, body: page(100, 50) });
    const before = upstream.requests.length;
    const result = await run({ to: "2025-06-02" });
    expect(hfRequests(before)).toEqual([
      "/api/daily_papers?date=2025-06-02&limit=100&p=0",
      "/api/daily_papers?date=2025-06-02&limit=100&p=1",
    ]);
    expect(result.days).toEqual([{ day: "2025-06-02", created: 150, updated: 0, unchanged: 0 }]);
  });

  it("stops paging when a page brings nothing new (an API that ignores the paging)", async () => {
    upstream.script({ status: 200, body: page(0, 100) }, { status: 200, body: page(0, 100) });
    const result = await run({ to: "2025-06-02" });
    expect(result.days).toEqual([{ day: "2025-06-02", created: 100, updated: 0, unchanged: 0 }]);
  });

  it("refuses a day whose pages add up to more than 1,000 papers", async () => {
    upstream.script(...Array.from({ length: 11 }, (_, i) => ({ status: 200, body: page(i * 100, 100) })));
    const result = await run({ to: "2025-06-02" });
    expect(result.days[0]!.failed).toBe(
      "the Hugging Face listing has more than 1000 items, more than a day's listing can: refused as not a Daily Papers listing",
    );
    expect(await testDb().paper.count()).toBe(0);
  });

  it("a backfill of older days leaves the last success alone", async () => {
    const result = await run({ from: "2025-06-02", to: "2025-06-03" });
    expect(result.days).toHaveLength(2);
    expect(await state()).toBeNull();
  });

  const big = (n: number) =>
    JSON.stringify(
      Array.from({ length: n }, (_, i) => ({
        paper: { id: `2506.${String(10000 + i)}`, publishedAt: "2025-06-01T00:00:00Z" },
        title: `P${i}`,
      })),
    );
  const broken = JSON.parse(listing("2025-06-02")) as { paper: Record<string, unknown> }[];
  broken[1]!.paper.id = "not-an-id";

  it.each<[string, ScriptedResponse[], RegExp, IngestOptions?]>([
    ["malformed JSON", [{ status: 200, body: '[{"paper": {"id": "2506.00101"' }], /the Hugging Face listing is not valid JSON: /],
    [
      "a listing with one bad item (nothing of it written)",
      [{ status: 200, body: JSON.stringify(broken) }],
      /item 2, paper\.id: must be an arXiv id/,
    ],
    ["HTML instead of JSON", [{ status: 200, body: "<html>Service update</html>" }], /is not valid JSON/],
    ["a 500", [{ status: 500 }], /Hugging Face answered HTTP 500 Internal Server Error for http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers/],
    [
      "a 503 twice, past its one retry",
      [{ status: 503, headers: { "retry-after": "0" } }, { status: 503 }],
      /answered HTTP 503 .*\(gave up after 2 attempts\)/,
      { retries: 1 },
    ],
    [
      "a 429 asking for an hour",
      [{ status: 429, headers: { "retry-after": "3600" } }],
      /answered HTTP 429 Too Many Requests .* and asked to retry in 3600 s; try again later/,
      { retries: 1 },
    ],
    ["a timeout", [{ status: 200, body: "[]", delayMs: 1000 }], /Hugging Face did not answer within 200 ms/, { timeoutMs: 200 }],
    ["a listing of 1,001 papers", [{ status: 200, body: big(1001) }], /has 1001 items, more than a day's listing can \(1000\): refused/],
    [
      "a body over 20 MB, streamed",
      [{ status: 200, body: `[${" ".repeat(20 * 1024 * 1024)}]` }],
      /^the answer of Hugging Face \(http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers\) is more than the 20 MB allowed$/,
    ],
    [
      "a body over 20 MB, by its Content-Length",
      [{ status: 200, headers: { "content-length": String(20 * 1024 * 1024 + 2) }, body: `[${" ".repeat(20 * 1024 * 1024)}]` }],
      /^the answer of Hugging Face \(.*\) is 20971522 bytes, more than the 20 MB allowed$/,
    ],
  ])("%s fails that day with one line, and the others go on", async (_name, responses, message, options) => {
    upstream.script(...responses);
    const result = await run(options);
    expect(result.days.map((d) => [d.day, d.created, d.failed === undefined])).toEqual([
      ["2025-06-02", 0, false],
      ["2025-06-03", 1, true],
      ["2025-06-04", 1, true],
    ]);
    expect(result.days[0]!.failed).toMatch(message);
    const failures = result.lines.filter((line) => line.includes("failed"));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^ingest hf 2025-06-02 failed, nothing written for that day \(Hugging Face\): /);
    expect(await testDb().paper.count({ where: { arxivId: { in: ["2506.00101", "2506.00102"] } } })).toBe(0);
    expect(await state()).toBeNull();
  });

  it("retries once after a short Retry-After, and the day succeeds", async () => {
    upstream.script({ status: 503, headers: { "retry-after": "1" } });
    const started = Date.now();
    const result = await run({ retries: 1, to: "2025-06-02" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.days).toEqual([{ day: "2025-06-02", created: 2, updated: 0, unchanged: 0 }]);
  });

  it("a source that is down fails every day, one line each", async () => {
    const port = await findFreePort();
    const result = await run({ hfApiUrl: `http://127.0.0.1:${port}/api` });
    expect(
      result.days.every((d) => d.failed?.startsWith(`could not reach Hugging Face at http://127.0.0.1:${port}/api/daily_papers: `)),
    ).toBe(true);
    expect(result.lines).toHaveLength(3);
    expect(result.changed).toBe(false);
    expect(await state()).toBeNull();
  });

  it("stops when its signal aborts, with the signal's reason", async () => {
    const controller = new AbortController();
    upstream.script({ status: 200, body: "[]", delayMs: 2000 });
    setTimeout(() => controller.abort(new Error("job timed out")), 100);
    await expect(run({ signal: controller.signal })).rejects.toThrow("job timed out");
  });

  it("two ingestions racing for the same days give exact results", async () => {
    const results = await Promise.all([run(), run(), run()]);
    const total = (key: "created" | "updated" | "unchanged") => results.flatMap((r) => r.days).reduce((sum, d) => sum + d[key], 0);
    expect([total("created"), total("updated"), total("unchanged")]).toEqual([4, 0, 8]);
    expect(await testDb().paper.count()).toBe(4);
    expect((await state())?.lastSuccessAt).toEqual(NOW);
  });
});
