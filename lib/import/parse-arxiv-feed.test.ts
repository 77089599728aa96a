import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/import-error";
import { parseArxivFeed, parseArxivFeedPage } from "@/lib/import/parse-arxiv-feed";

const fixture = (name: string) => readFileSync(`tests/fixtures/arxiv/${name}`, "utf8");

describe("parseArxivFeed", () => {
  it("reads every field of an entry", () => {
    const [paper, ...rest] = parseArxivFeed(fixture("2310.06825.xml"));
    expect(rest).toEqual([]);
    expect(paper).toMatchObject({
      arxivId: "2310.06825",
      title: "Mistral 7B",
      publishedAt: new Date("2023-10-10T17:54:58Z"),
      sourceUpdatedAt: new Date("2023-10-10T17:54:58Z"),
      listedAt: new Date("2023-10-10T17:54:58Z"),
      url: "https://arxiv.org/abs/2310.06825",
      pdfUrl: "https://arxiv.org/pdf/2310.06825v1",
      primaryCategory: "cs.CL",
      categories: ["cs.CL", "cs.AI", "cs.LG"],
      upvotes: 0,
    });
    expect(paper!.authors).toHaveLength(18);
    expect(paper!.authors.slice(9, 11)).toEqual(["Lucile Saulnier", "Lélio Renard Lavaud"]);
    expect(paper!.abstract).toMatch(/^We introduce Mistral 7B v0\.1, a 7-billion-parameter language model engineered for superior/);
    expect(paper!.abstract).not.toMatch(/\s{2}|\n/);
  });

  it("keeps the first published date and the latest updated date of a revised paper", () => {
    const [paper] = parseArxivFeed(fixture("1706.03762.xml"));
    expect(paper!.publishedAt).toEqual(new Date("2017-06-12T17:57:34Z"));
    expect(paper!.sourceUpdatedAt).toEqual(new Date("2023-08-02T00:41:18Z"));
    expect(paper!.pdfUrl).toBe("https://arxiv.org/pdf/1706.03762v7");
  });

  it("reads an old-style id and joins a wrapped title", () => {
    const [old] = parseArxivFeed(fixture("hep-th-9711200.xml"));
    expect(old).toMatchObject({
      arxivId: "hep-th/9711200",
      authors: ["Juan M. Maldacena"],
      categories: ["hep-th"],
      primaryCategory: "hep-th",
    });
    const [wrapped] = parseArxivFeed(fixture("2307.08691.xml"));
    expect(wrapped!.title).toBe("FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning");
  });

  it("decodes entities once and drops ACM classes from the categories", () => {
    const [paper] = parseArxivFeed(fixture("2501.00001.xml"));
    expect(paper!.title).toBe('Escaping & <Markup> in "Titles": Robust $\\alpha$-Retrieval for Test Fixtures');
    expect(paper!.abstract).toContain("<b>tags</b>, ampersands (&), quotes (\"double\" and 'single'), a CDATA terminator ]]>");
    expect(paper!.authors).toEqual(["José Müller-Łukasiewicz", "Ada O'Neil"]);
    expect(paper!.categories).toEqual(["cs.IR", "cs.DL"]);
  });

  it.each([
    ["2310.06825.xml", 1],
    ["1706.03762.xml", 7],
    ["2501.00001.xml", 2],
  ])("reads the version of %s from its id", (file, version) => {
    expect(parseArxivFeed(fixture(file))[0]!.arxivVersion).toBe(version);
  });

  it("finds a GitHub link in the comment, and none in a comment that names another site", () => {
    const [mistral, router, algebra] = parseArxivFeed(fixture("days/2023-10-10.xml"));
    expect(mistral!.code).toBeNull();
    expect(router!.code).toEqual({ url: "https://github.com/example-lab/sparse-router", stars: null, from: "text" });
    expect(algebra!.code).toBeNull();
  });

  it("finds a GitHub link in the abstract", () => {
    const xml = fixture("2310.06825.xml").replace(
      "Our\nmodels are released",
      "Code: https://github.com/mistralai/mistral-src. Our\nmodels are released",
    );
    expect(parseArxivFeed(xml)[0]!.code?.url).toBe("https://github.com/mistralai/mistral-src");
  });

  it("reads a search page's counts", () => {
    expect(parseArxivFeedPage(fixture("days/2023-10-10.xml"))).toMatchObject({ totalResults: 3, entryCount: 3 });
    expect(parseArxivFeedPage(fixture("empty.xml"))).toMatchObject({ papers: [], totalResults: 0, entryCount: 0 });
    expect(() =>
      parseArxivFeedPage(fixture("empty.xml").replace(">0</opensearch:totalResults>", ">lots</opensearch:totalResults>")),
    ).toThrow('the arXiv API sent a feed without a valid totalResults ("lots")');
  });

  it("returns nothing for an empty result", () => {
    expect(parseArxivFeed(fixture("empty.xml"))).toEqual([]);
  });

  it.each([
    ["truncated XML", fixture("truncated.xml"), /^the arXiv API sent malformed XML \(line \d+, column \d+: .+\)$/],
    ["an HTML error page", "<html><body><h1>Bad gateway</h1></body></html>", /did not send an Atom feed/],
    ["not XML at all", "Rate exceeded.", /malformed XML/],
    ["an API error entry", fixture("error-incorrect-id.xml"), /^the arXiv API refused the request: incorrect id format for 1234\.1234x$/],
  ])("explains %s", (_name, body, message) => {
    expect(() => parseArxivFeed(body)).toThrow(ImportError);
    expect(() => parseArxivFeed(body)).toThrow(message);
  });
});
