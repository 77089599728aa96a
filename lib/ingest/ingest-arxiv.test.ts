import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestSource, type IngestOptions } from "@/lib/ingest/ingest-source";
import { arxivDayQuery } from "@/lib/ingest/fetch-arxiv-day";
import { arxivEntries, generateArxivDay } from "@/tests/fixtures/arxiv/generate-day";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";
import { resetDb, testDb } from "@/tests/db";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(async () => {
  await resetDb();
  upstream.setArxivDay("2023-10-10", arxivEntries("days/2023-10-10.xml"));
});

const DAY = "2023-10-10";

function run(options: IngestOptions = {}) {
  const lines: string[] = [];
  return ingestSource(testDb(), "arxiv", {
    from: DAY,
    to: DAY,
    now: new Date("2023-10-12T06:00:00Z"),
    categories: ["cs.LG", "cs.CL"],
    arxivApiUrl: upstream.arxivApiUrl,
    arxivIntervalMs: 0,
    baseDelayMs: 10,
    retries: 0,
    log: (line) => lines.push(line),
    ...options,
  }).then((value) => ({ ...value, lines }));
}

const searches = (since: number) => upstream.requestLog.slice(since).filter((r) => r.url.includes("search_query="));

describe("arxivDayQuery", () => {
  it.each([
    [["cs.LG"], "cat:cs.LG AND submittedDate:[202310100000 TO 202310102359]"],
    [["cs.LG", "cs.CL"], "(cat:cs.LG OR cat:cs.CL) AND submittedDate:[202310100000 TO 202310102359]"],
  ])("%j", (categories, query) => {
    expect(arxivDayQuery(DAY, categories)).toBe(query);
  });
});

describe("ingestSource: arXiv", () => {
  it("ingests a day's new submissions in the categories, with versions and code links from comments", async () => {
    const before = upstream.requestLog.length;
    const result = await run();
    expect(result.days).toEqual([{ day: DAY, created: 2, updated: 0, unchanged: 0 }]);
    const [request] = searches(before);
    const url = new URL(request!.url, "http://x");
    expect(url.searchParams.get("search_query")).toBe("(cat:cs.LG OR cat:cs.CL) AND submittedDate:[202310100000 TO 202310102359]");
    expect(url.searchParams.get("sortBy")).toBe("submittedDate");
    const papers = await testDb().paper.findMany({ orderBy: { arxivId: "asc" } });
    expect(papers.map((p) => [p.arxivId, p.arxivVersion, p.codeUrl, p.upvotes, p.hfUpvotes])).toEqual([
      // Mistral's comment names a web page, not a repository.
      ["2310.06825", 1, null, 0, null],
      ["2310.07101", 1, "https://github.com/example-lab/sparse-router", 0, null],
    ]);
    expect(papers[1]).toMatchObject({ categories: ["cs.LG", "stat.ML"], listedAt: new Date("2023-10-10T19:02:11Z") });
  });

  it("a newer version updates the text, never votes or the submitter; an older one changes nothing", async () => {
    await run();
    const user = await testDb().user.create({ data: { name: "Ada" } });
    const first = await testDb().paper.update({ where: { arxivId: "2310.06825" }, data: { upvotes: 5, submittedById: user.id } });

    upstream.setArxivDay(DAY, [...arxivEntries("2310.06825v2.xml"), ...arxivEntries("days/2023-10-10.xml").slice(1)]);
    const newer = await run();
    expect(newer.days).toEqual([{ day: DAY, created: 0, updated: 1, unchanged: 1 }]);
    const second = await testDb().paper.findUniqueOrThrow({ where: { id: first.id } });
    expect(second).toMatchObject({
      arxivVersion: 2,
      sourceUpdatedAt: new Date("2024-01-31T10:00:00Z"),
      authorCount: 2,
      upvotes: 5,
      submittedById: user.id,
      slug: first.slug,
      listedAt: first.listedAt,
    });
    expect(second.abstract).toContain("(revised version)");

    upstream.setArxivDay(DAY, arxivEntries("days/2023-10-10.xml"));
    const older = await run();
    expect(older.days).toEqual([{ day: DAY, created: 0, updated: 0, unchanged: 2 }]);
    expect(older.changed).toBe(false);
    expect(await testDb().paper.findUniqueOrThrow({ where: { id: first.id } })).toEqual(second);
  });

  it("keeps Hugging Face's code link over one found in the text", async () => {
    await testDb().paper.create({
      data: {
        slug: "x",
        arxivId: "2310.07101",
        title: "T",
        abstract: "A",
        listedAt: new Date("2023-10-10T00:00:00Z"),
        codeUrl: "https://github.com/from-hf/repo",
        codeStars: 9,
        arxivVersion: 1,
      },
    });
    await run();
    expect(await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.07101" } })).toMatchObject({
      codeUrl: "https://github.com/from-hf/repo",
      codeStars: 9,
    });
  });

  it("pages through a large day, every page, and re-running it changes nothing", async () => {
    upstream.setArxivDay(DAY, generateArxivDay(DAY, 2000));
    const before = upstream.requestLog.length;
    const result = await run({ arxivPageSize: 500 });
    expect(searches(before).map((r) => new URL(r.url, "http://x").searchParams.get("start"))).toEqual(["0", "500", "1000", "1500"]);
    expect(result.days).toEqual([{ day: DAY, created: 2000, updated: 0, unchanged: 0 }]);
    expect(await testDb().paper.count()).toBe(2000);
    expect(await testDb().paper.count({ where: { codeUrl: { startsWith: "https://github.com/synthetic-lab/" } } })).toBe(500);
    const again = await run({ arxivPageSize: 500 });
    expect(again.days).toEqual([{ day: DAY, created: 0, updated: 0, unchanged: 2000 }]);
  });

  it("waits the politeness interval between requests, across pages and days", async () => {
    upstream.setArxivDay(DAY, generateArxivDay(DAY, 3));
    upstream.setArxivDay("2023-10-11", generateArxivDay("2023-10-11", 2));
    const before = upstream.requestLog.length;
    await run({ to: "2023-10-11", arxivPageSize: 1, arxivIntervalMs: 300 });
    const times = searches(before).map((r) => r.at);
    expect(times).toHaveLength(5);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(295);
  });

  it("waits the politeness interval before a retry too", async () => {
    upstream.setArxivDay(DAY, generateArxivDay(DAY, 2));
    upstream.script({ status: 503, headers: { "retry-after": "0" } });
    const before = upstream.requestLog.length;
    const result = await run({ arxivIntervalMs: 300, retries: 1 });
    expect(result.days).toEqual([{ day: DAY, created: 2, updated: 0, unchanged: 0 }]);
    const times = searches(before).map((r) => r.at);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(295);
  });

  it("refuses a day of more than 10,000 entries after its first page, writing nothing", async () => {
    upstream.setArxivDay(DAY, generateArxivDay(DAY, 10_001));
    const before = upstream.requestLog.length;
    const result = await run();
    expect(searches(before)).toHaveLength(1);
    expect(result.days[0]!.failed).toBe("the arXiv API lists 10001 entries for the day, more than the 10000 a day can have: refused");
    expect(result.lines).toEqual([`ingest arxiv ${DAY} failed, nothing written for that day (arXiv): ${result.days[0]!.failed}`]);
    expect(await testDb().paper.count()).toBe(0);
  });

  it.each([
    [
      "malformed XML",
      { status: 200, body: "<feed><entry><id>http://arxiv.org/abs/2310.06825v1</id>" },
      /^the arXiv API sent malformed XML/,
    ],
    [
      "an API error entry",
      { status: 200, body: readFileSync("tests/fixtures/arxiv/error-incorrect-id.xml", "utf8") },
      /^the arXiv API refused the request: /,
    ],
    ["a 503", { status: 503 }, /^the arXiv API answered HTTP 503 Service Unavailable/],
  ])("%s on a later page fails the whole day, nothing half-written", async (_name, failure, message) => {
    upstream.setArxivDay(DAY, generateArxivDay(DAY, 3));
    // The first page is served normally; the second is the failure.
    const first = await fetch(
      `${upstream.arxivApiUrl}?${new URLSearchParams({ search_query: arxivDayQuery(DAY, ["cs.LG"]), start: "0", max_results: "2" })}`,
    );
    upstream.script({ status: 200, body: await first.text() }, failure);
    const result = await run({ arxivPageSize: 2 });
    expect(result.days[0]!.failed).toMatch(message);
    expect(await testDb().paper.count()).toBe(0);
  });

  it("fails a day whose pages come back empty before the total", async () => {
    upstream.script({ status: 200, body: feedWithTotal(5) });
    const result = await run();
    expect(result.days[0]!.failed).toBe("the arXiv API sent an empty page at entry 0 of 5; try again later");
  });

  it("needs categories", async () => {
    await expect(run({ categories: [] })).rejects.toThrow("no arXiv categories to ingest (set INGEST_ARXIV_CATEGORIES, e.g. cs.LG,cs.CL)");
  });

  it("two ingestions racing for the same day give exact results", async () => {
    upstream.setArxivDay(DAY, generateArxivDay(DAY, 300));
    const [a, b] = await Promise.all([run({ arxivPageSize: 100 }), run({ arxivPageSize: 100 })]);
    expect([a.days[0]!.created + b.days[0]!.created, a.days[0]!.unchanged + b.days[0]!.unchanged]).toEqual([300, 300]);
    expect(await testDb().paper.count()).toBe(300);
    expect(new Set((await testDb().paper.findMany({ select: { slug: true } })).map((p) => p.slug)).size).toBe(300);
  });
});

function feedWithTotal(total: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query</title>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${total}</opensearch:totalResults>
</feed>`;
}
