import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDailyPapers, type SeedPaper } from "./parse-daily-papers";

const CHROME = [
  "new",
  "",
  "Get trending papers in your email inbox!",
  "",
  "Subscribe",
  "",
  "Daily Papers",
  "",
  "byAK and the research community",
  "",
  "Oct 29",
  "",
].join("\n");

/** One paper as the page renders it; `meta` is the text between the abstract and the next title. */
function block(title: string, abstract: string, meta: string[] = []): string {
  return [title, "", abstract, "", ...meta, ""].join("\n");
}

function only(text: string): SeedPaper {
  const papers = parseDailyPapers(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
}

describe("parseDailyPapers: date and upvote line", () => {
  it.each([
    ["year and upvotes", "Oct 26, 2023 4", "2023-10-26", 4],
    ["year without upvotes", "Sep 1, 2023", "2023-09-01", 0],
    ["no year, with upvotes -> 2025", "Oct 26 12", "2025-10-26", 12],
    ["no year, no upvotes -> 2025", "Aug 11", "2025-08-11", 0],
    ["two-digit day without year", "Sep 28 3", "2025-09-28", 3],
    ["leap day", "Feb 29, 2024 1", "2024-02-29", 1],
    ["September as Sept", "Sept 5, 2022", "2022-09-05", 0],
  ])("%s (%s)", (_name, dateLine, publishedAt, upvotes) => {
    const paper = only(block("T", "A", ["  • 3 authors", "·", dateLine]));
    expect(paper.publishedAt).toBe(publishedAt);
    expect(paper.upvotes).toBe(upvotes);
    expect(paper.authorCount).toBe(3);
  });
});

describe("parseDailyPapers: author line", () => {
  it.each([
    ["plural", "  • 6 authors", 6],
    ["'1 author' singular", "  • 1 author", 1],
    ["'1 authors' as the page actually writes it", "  • 1 authors", 1],
    ["no leading indent", "• 14 authors", 14],
    ["non-breaking spaces", "\u00a0\u00a0•\u00a011\u00a0authors", 11],
  ])("%s", (_name, authorLine, authorCount) => {
    expect(only(block("T", "A", [authorLine, "·", "Mar 24"])).authorCount).toBe(authorCount);
  });

  it("allows an author line without a date", () => {
    const paper = only(block("T", "A", ["  • 2 authors"]));
    expect(paper).toMatchObject({ authorCount: 2, publishedAt: null, upvotes: 0 });
  });
});

describe("parseDailyPapers: layout", () => {
  it("skips the page chrome, including the page date", () => {
    const papers = parseDailyPapers(CHROME + block("First", "Abstract one.", ["  • 6 authors", "·", "Sep 1, 2023"]));
    expect(papers).toEqual([
      {
        slug: "first",
        title: "First",
        abstract: "Abstract one.",
        authorCount: 6,
        publishedAt: "2023-09-01",
        listedAt: "2023-09-01",
        upvotes: 0,
      },
    ]);
  });

  it("lists a paper without a date on the listing's date heading, and a dated one on its own date", () => {
    const papers = parseDailyPapers(
      CHROME + block("Undated", "a", ["  • 2 authors"]) + block("Dated", "b", ["  • 1 author", "·", "Sep 1, 2023"]),
    );
    expect(papers.map((p) => [p.title, p.publishedAt, p.listedAt])).toEqual([
      ["Undated", null, "2025-10-29"],
      ["Dated", "2023-09-01", "2023-09-01"],
    ]);
  });

  it("leaves a paper without a date unlisted when the listing has no date heading either", () => {
    expect(only(block("Undated", "a"))).toMatchObject({ publishedAt: null, listedAt: null });
  });

  it("parses input without any chrome", () => {
    expect(parseDailyPapers(block("Only", "Paper.", ["  • 1 authors", "·", "Feb 5"]))).toHaveLength(1);
  });

  it.each([
    ["blank line after the abstract", (a: string, b: string) => `${a}\n\nabs A\n\n${b}\n\nabs B\n`],
    ["no blank line after the abstract", (a: string, b: string) => `${a}\n\nabs A\n${b}\n\nabs B`],
  ])("handles a paper without author/date lines between two papers (%s)", (_name, join) => {
    const text = join("Undated paper", "Next paper") + "\n\n  • 5 authors\n·\nOct 2, 2023";
    const papers = parseDailyPapers(CHROME + block("Before", "abs 0", ["  • 4 authors", "·", "Oct 1, 2024"]) + text);
    expect(papers.map((p) => [p.title, p.abstract, p.authorCount, p.publishedAt, p.upvotes])).toEqual([
      ["Before", "abs 0", 4, "2024-10-01", 0],
      ["Undated paper", "abs A", null, null, 0],
      ["Next paper", "abs B", 5, "2023-10-02", 0],
    ]);
  });

  it("handles a last paper without author/date lines", () => {
    const papers = parseDailyPapers(block("A", "a", ["  • 1 author", "·", "Jan 1, 2020"]) + block("B", "b"));
    expect(papers[1]).toMatchObject({ title: "B", abstract: "b", authorCount: null, publishedAt: null, upvotes: 0 });
  });

  it.each([
    ["trailing spaces and tabs", "Title  \t\n\nAbstract text. \t\n\n  • 3 authors  \n·  \nOct 26, 2023 4   \n"],
    ["CRLF line endings", "Title\r\n\r\nAbstract text.\r\n\r\n  • 3 authors\r\n·\r\nOct 26, 2023 4\r\n"],
    ["runs of inner whitespace", "  Title \n\n\n\nAbstract   text.\n\n  •  3  authors\n\n·\n\nOct  26,  2023  4\n\n\n"],
    ["byte-order mark and no final newline", "\uFEFFTitle\n\nAbstract text.\n\n  • 3 authors\n·\nOct 26, 2023 4"],
  ])("normalises whitespace: %s", (_name, text) => {
    expect(only(text)).toEqual({
      slug: "title",
      title: "Title",
      abstract: "Abstract text.",
      authorCount: 3,
      publishedAt: "2023-10-26",
      listedAt: "2023-10-26",
      upvotes: 4,
    });
  });

  it("returns an empty list for chrome only", () => {
    expect(parseDailyPapers(CHROME)).toEqual([]);
    expect(parseDailyPapers("")).toEqual([]);
  });

  it("makes slugs unique with -2, -3 in file order", () => {
    const papers = parseDailyPapers(
      block("Same Title", "a") + block("same title!", "b") + block("Same Title 2", "c") + block("Same  Title", "d"),
    );
    // "Same Title 2" slugifies to "same-title-2" itself, so the third duplicate moves on to -3.
    expect(papers.map((p) => p.slug)).toEqual(["same-title", "same-title-2", "same-title-2-2", "same-title-3"]);
  });

  it("gives titles without ascii words the fallback slug", () => {
    expect(parseDailyPapers(block("注意力", "a") + block("—", "b")).map((p) => p.slug)).toEqual(["paper", "paper-2"]);
  });
});

describe("parseDailyPapers: malformed input", () => {
  it.each([
    ["a title with no abstract at the end", block("A", "a") + "Lonely title\n", /Line 5: title "Lonely title" has no abstract/],
    ["a title followed by metadata", "Title\n\n  • 3 authors\n·\nOct 2\n", /Line 1: title "Title" has no abstract/],
    [
      "metadata where a title belongs",
      block("A", "a", ["  • 3 authors", "·", "Oct 2"]) + "·\nMar 3\n",
      /Line 8: expected a paper title, found metadata "·"/,
    ],
    ["a separator without a date", "Title\n\nAbstract\n\n  • 3 authors\n·\n\nNext\n\nabs\n", /Line 6: "·" must be followed by a date line/],
    ["an impossible calendar date", "Title\n\nAbstract\n·\nFeb 30, 2023\n", /Line 5: invalid date "Feb 30, 2023"/],
  ])("throws for %s", (_name, text, message) => {
    expect(() => parseDailyPapers(text)).toThrow(message);
  });
});

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const seedFile = path.join(repoRoot, "prisma/seed/daily-papers.txt");

describe("parseDailyPapers: real seed listing", () => {
  it("makes exactly the committed prisma/seed/papers.json of the listing (`npm run seed:parse` writes it)", () => {
    const papers = parseDailyPapers(readFileSync(seedFile, "utf8"));
    expect(`${JSON.stringify(papers, null, 2)}\n`).toBe(readFileSync(path.join(repoRoot, "prisma/seed/papers.json"), "utf8"));
  });

  it("parses all 90 papers of the seed listing", () => {
    const papers = parseDailyPapers(readFileSync(seedFile, "utf8"));

    expect(papers).toHaveLength(90);
    expect(new Set(papers.map((p) => p.slug)).size).toBe(90);
    expect(papers.filter((p) => p.publishedAt === null).map((p) => p.title)).toEqual([
      "EfficientLLM: Efficiency in Large Language Models",
      "RelaCtrl: Relevance-Guided Efficient Control for Diffusion Transformers",
      "Rethinking the shape convention of an MLP",
    ]);
    expect(papers.reduce((sum, p) => sum + p.upvotes, 0)).toBe(49);

    const byTitle = (title: string) => papers.find((p) => p.title === title);
    expect(papers[0]).toMatchObject({
      title:
        "SortedNet, a Place for Every Network and Every Network in its Place: Towards a Generalized Solution for Training Many-in-One Neural Networks",
      authorCount: 6,
      publishedAt: "2023-09-01",
      upvotes: 0,
    });
    expect(byTitle("PockEngine: Sparse and Efficient Fine-tuning in a Pocket")).toMatchObject({
      slug: "pockengine-sparse-and-efficient-fine-tuning-in-a-pocket",
      authorCount: 7,
      publishedAt: "2023-10-26",
      upvotes: 4,
    });
    expect(byTitle("Simple linear attention language models balance the recall-throughput tradeoff")).toMatchObject({
      authorCount: 9,
      publishedAt: "2024-02-28",
      upvotes: 12,
    });
    expect(byTitle("Entropy Adaptive Decoding: Dynamic Model Switching for Efficient Inference")).toMatchObject({
      authorCount: 1,
      publishedAt: "2025-02-05",
      upvotes: 0,
    });
    expect(byTitle("MemMamba: Rethinking Memory Patterns in State Space Model")).toMatchObject({
      publishedAt: "2025-09-28",
      upvotes: 3,
    });
    expect(papers.at(-1)).toMatchObject({
      title: "ScaLearn: Simple and Highly Parameter-Efficient Task Transfer by Learning to Scale",
      authorCount: 5,
      publishedAt: "2023-10-02",
      upvotes: 0,
    });
  });
});
