import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importArxivPapers } from "@/lib/import/import-arxiv-papers";
import { ImportError } from "@/lib/import/import-error";
import { parseArxivFeed } from "@/lib/import/parse-arxiv-feed";
import { saveImportedPapers } from "@/lib/import/save-imported-papers";
import { trendingScore } from "@/lib/ranking";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(async () => {
  await resetDb();
  upstream.useArxivFixture("2310.06825", "2310.06825.xml");
});

const run = (inputs: string[], submittedById?: string) =>
  importArxivPapers(testDb(), inputs, { baseUrl: upstream.arxivApiUrl, baseDelayMs: 10, submittedById });

describe("importArxivPapers", () => {
  it("imports every field, by id or URL, old and new style, in one request", async () => {
    const before = upstream.requests.length;
    const result = await run(["https://arxiv.org/abs/2310.06825v1", "arXiv:1706.03762", "hep-th/9711200v2"]);
    expect(upstream.requests.length - before).toBe(1);
    expect(result.missing).toEqual([]);
    expect(result.saved.map((p) => [p.arxivId, p.status])).toEqual([
      ["2310.06825", "created"],
      ["1706.03762", "created"],
      ["hep-th/9711200", "created"],
    ]);
    const mistral = await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.06825" } });
    expect(mistral).toMatchObject({
      slug: "mistral-7b",
      title: "Mistral 7B",
      authorCount: 18,
      publishedAt: new Date("2023-10-10T17:54:58Z"),
      sourceUpdatedAt: new Date("2023-10-10T17:54:58Z"),
      listedAt: new Date("2023-10-10T17:54:58Z"),
      pdfUrl: "https://arxiv.org/pdf/2310.06825v1",
      url: "https://arxiv.org/abs/2310.06825",
      primaryCategory: "cs.CL",
      categories: ["cs.CL", "cs.AI", "cs.LG"],
      upvotes: 0,
      submittedById: null,
    });
    expect(mistral.authors[17]).toBe("William El Sayed");
    expect(mistral.score).toBeCloseTo(trendingScore(0, mistral.listedAt), 9);
    expect(await testDb().paper.findUnique({ where: { arxivId: "hep-th/9711200" } })).toMatchObject({ categories: ["hep-th"] });
  });

  it("updates a re-imported paper without duplicating it, keeping slug, upvotes and submitter", async () => {
    const user = await testDb().user.create({ data: { name: "Ada" } });
    const other = await testDb().user.create({ data: { name: "Grace" } });
    await run(["2310.06825"], user.id);
    const first = await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.06825" } });
    expect(first.submittedById).toBe(user.id);
    // Votes arrived meanwhile.
    await testDb().paper.update({ where: { id: first.id }, data: { upvotes: 5, score: trendingScore(5, first.listedAt) } });

    upstream.useArxivFixture("2310.06825", "2310.06825v2.xml");
    const result = await run(["2310.06825v2"], other.id);
    expect(result.saved).toMatchObject([{ id: first.id, status: "updated" }]);
    expect(await testDb().paper.count()).toBe(1);
    const second = await testDb().paper.findUniqueOrThrow({ where: { id: first.id } });
    expect(second).toMatchObject({
      slug: "mistral-7b",
      upvotes: 5,
      submittedById: user.id,
      sourceUpdatedAt: new Date("2024-01-31T10:00:00Z"),
      listedAt: first.listedAt,
      authorCount: 2,
      categories: ["cs.CL", "cs.AI", "cs.LG", "stat.ML"],
      pdfUrl: "https://arxiv.org/pdf/2310.06825v2",
    });
    expect(second.abstract).toContain("(revised version)");
    expect(second.score).toBeCloseTo(trendingScore(5, second.listedAt), 9);
  });

  it("gives papers with the same title different slugs", async () => {
    await createTestPaper({ title: "Mistral 7B" });
    await testDb().paper.updateMany({ where: { title: "Mistral 7B" }, data: { slug: "mistral-7b", arxivId: "2401.00001" } });
    await run(["2310.06825"]);
    expect((await testDb().paper.findUniqueOrThrow({ where: { arxivId: "2310.06825" } })).slug).toBe("mistral-7b-2");
  });

  it("adopts a paper that was added without an arXiv id instead of duplicating it", async () => {
    const seeded = await testDb().paper.create({
      data: {
        slug: "flashattention-2-faster-attention-with-better-parallelism-and-work-partitioning",
        title: "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning",
        abstract: "From the seed listing.",
        authorCount: 1,
        listedAt: new Date("2023-07-17T00:00:00Z"),
        upvotes: 3,
        score: trendingScore(3, new Date("2023-07-17T00:00:00Z")),
      },
    });
    // Whoever re-imports a seeded paper did not submit it: it stays without a submitter.
    const importer = await testDb().user.create({ data: { name: "Importer" } });
    const result = await run(["2307.08691"], importer.id);
    expect(result.saved).toMatchObject([{ id: seeded.id, status: "updated" }]);
    expect(await testDb().paper.count()).toBe(1);
    expect(await testDb().paper.findUniqueOrThrow({ where: { id: seeded.id } })).toMatchObject({
      arxivId: "2307.08691",
      authors: ["Tri Dao"],
      upvotes: 3,
      submittedById: null,
    });
  });

  it("reports ids arXiv does not have, and writes the others", async () => {
    const result = await run(["2310.06825", "2310.99999"]);
    expect(result.missing).toEqual(["2310.99999"]);
    expect(await testDb().paper.count()).toBe(1);
  });

  it("rejects inputs that are not arXiv ids before fetching anything", async () => {
    const before = upstream.requests.length;
    await expect(run(["2310.06825", "mistral", "https://example.com/abs/1"])).rejects.toThrow(
      'not an arXiv id or URL: "mistral", "https://example.com/abs/1" (try 2310.06825 or https://arxiv.org/abs/2310.06825)',
    );
    expect(upstream.requests.length).toBe(before);
  });

  it.each([
    ["malformed XML", { status: 200, body: "<feed><entry>" }, /malformed XML/],
    ["an HTTP error", { status: 400, body: "bad" }, /answered HTTP 400/],
  ])("writes nothing after %s", async (_name, response, message) => {
    upstream.script(response);
    await expect(run(["2310.06825"])).rejects.toThrow(message);
    expect(await testDb().paper.count()).toBe(0);
  });

  it("rolls back the whole batch when one write fails", async () => {
    await run(["1706.03762"]);
    await testDb().paper.update({ where: { arxivId: "1706.03762" }, data: { title: "Old title" } });
    // An unknown submitter breaks the insert of the second paper, after the first was updated.
    await expect(run(["1706.03762", "2310.06825"], "no-such-user")).rejects.toThrow();
    expect(await testDb().paper.count()).toBe(1);
    expect((await testDb().paper.findUniqueOrThrow({ where: { arxivId: "1706.03762" } })).title).toBe("Old title");
  });

  it("does not duplicate when the same new paper is imported concurrently", async () => {
    const papers = parseArxivFeed(readFileSync("tests/fixtures/arxiv/2310.06825.xml", "utf8"));
    const results = await Promise.all(Array.from({ length: 6 }, () => saveImportedPapers(testDb(), papers)));
    expect(
      results
        .flat()
        .map((s) => s.status)
        .sort(),
    ).toEqual(["created", "unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(await testDb().paper.count()).toBe(1);
  });

  it("is an ImportError for people, not a crash", async () => {
    await expect(run([])).rejects.toBeInstanceOf(ImportError);
  });
});
