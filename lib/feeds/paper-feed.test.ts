import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { escapeXml } from "@/lib/feeds/escape-xml";
import { renderAtom, renderRss, type PaperFeed } from "@/lib/feeds/paper-feed";
import type { PaperSummary } from "@/lib/api/papers-schemas";

const nasty = `Tags <b>bold</b> & "quotes" 'apostrophes' ]]> — ünïcödé 🚀 $\\alpha$\u0001\u000b end`;
const paper = (over: Partial<PaperSummary>): PaperSummary => ({
  id: "p1",
  slug: "escaping-test",
  arxivId: "2501.00001",
  title: nasty,
  abstract: `Abstract: ${nasty}`,
  authors: ["José Müller-Łukasiewicz", "Ada O'Neil"],
  authorCount: 2,
  publishedAt: "2025-01-01T12:00:00.000Z",
  listedAt: "2025-01-02T00:00:00.000Z",
  upvotes: 3,
  categories: ["cs.IR", "cs.DL"],
  codeUrl: null,
  codeStars: null,
  projectUrl: null,
  hfUpvotes: null,
  commentCount: 0,
  ...over,
});
const feed: PaperFeed = {
  title: "Papershelf: new papers in cs.IR",
  description: "Newest & best",
  selfUrl: "https://papers.example/feed.xml?category=cs.IR",
  pageUrl: "https://papers.example/?sort=new&category=cs.IR",
  appUrl: "https://papers.example",
  papers: [
    paper({}),
    paper({
      id: "p2",
      slug: "no-authors",
      title: "Second",
      authors: [],
      categories: [],
      arxivId: null,
      publishedAt: null,
      listedAt: "2024-12-31T00:00:00.000Z",
    }),
  ],
};
// What survives: everything but the characters XML cannot carry at all.
const expectedTitle = nasty.replace(/[\u0001\u000b]/g, "");

describe("escapeXml", () => {
  it.each([
    ["a & b", "a &amp; b"],
    ["<x y='1'>", "&lt;x y=&apos;1&apos;&gt;"],
    ['"', "&quot;"],
    ["tab\tnew\nline", "tab\tnew\nline"],
    ["bell\u0007", "bell"],
    ["lone \uD800 surrogate", "lone  surrogate"],
    ["pair 🚀", "pair 🚀"],
  ])("escapes %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("paper feeds", () => {
  it("is valid Atom that a feed reader reads back exactly", async () => {
    const parser = new Parser<object, { id?: string; author?: string; terms?: { $: { term: string } }[] }>({
      customFields: { item: [["category", "terms", { keepArray: true }]] },
    });
    const parsed = await parser.parseString(renderAtom(feed));
    expect(parsed.title).toBe(feed.title);
    expect(parsed.link).toBe(feed.pageUrl);
    expect(parsed.items).toHaveLength(2);
    const [first, second] = parsed.items;
    expect(first!.title).toBe(expectedTitle);
    expect(first!.link).toBe("https://papers.example/papers/escaping-test");
    expect(first!.id).toBe("https://papers.example/papers/escaping-test");
    expect(first!.summary).toBe(`Abstract: ${expectedTitle}`);
    expect(first!.author).toBe("José Müller-Łukasiewicz");
    // Readers date Atom entries by <published>: the paper's own date, or its listing day.
    expect(first!.isoDate).toBe("2025-01-01T12:00:00.000Z");
    expect(first!.terms?.map((c) => c.$.term)).toEqual(["cs.IR", "cs.DL"]);
    expect(second!.title).toBe("Second");
    expect(second!.isoDate).toBe("2024-12-31T00:00:00.000Z");
  });

  it("is valid RSS that a feed reader reads back exactly", async () => {
    const parsed = await new Parser({ customFields: { item: ["dc:creator"] } }).parseString(renderRss(feed));
    expect(parsed.title).toBe(feed.title);
    expect(parsed.description).toBe("Newest & best");
    const [first, second] = parsed.items;
    expect(first!.title).toBe(expectedTitle);
    expect(first!.guid).toBe("https://papers.example/papers/escaping-test");
    expect(first!.content).toBe(`Abstract: ${expectedTitle}`);
    expect(first!.creator).toBe("José Müller-Łukasiewicz, Ada O'Neil");
    expect(first!.isoDate).toBe("2025-01-02T00:00:00.000Z");
    expect(first!.categories).toEqual(["cs.IR", "cs.DL"]);
    expect(second!.creator).toBeUndefined();
  });

  it("links each Atom entry to its code and project page, escaped, and only where there are some", async () => {
    const xml = renderAtom({
      ...feed,
      papers: [paper({ codeUrl: "https://github.com/org/repo?a=1&b=<2>", projectUrl: 'https://project.example/"x"' }), paper({ id: "p2" })],
    });
    const entries = xml.split("<entry>").slice(1);
    expect(entries[0]).toContain(
      '<link rel="related" type="text/html" title="Code" href="https://github.com/org/repo?a=1&amp;b=&lt;2&gt;"/>',
    );
    expect(entries[0]).toContain(
      '<link rel="related" type="text/html" title="Project page" href="https://project.example/&quot;x&quot;"/>',
    );
    expect(entries[1]).not.toContain('type="text/html" title=');
    expect((await new Parser().parseString(xml)).items).toHaveLength(2);
  });

  it("stays well formed when a field would close a CDATA section or a tag", async () => {
    for (const render of [renderAtom, renderRss]) {
      const xml = render({ ...feed, papers: [paper({ title: "]]></title></entry><script>x</script>" })] });
      expect(xml).not.toContain("<script>");
      const parsed = await new Parser().parseString(xml);
      expect(parsed.items[0]!.title).toBe("]]></title></entry><script>x</script>");
    }
  });
});

describe("comment counts in feeds", () => {
  it("gives each item its discussion and count: RSS comments and slash:comments, Atom replies with thr:count", async () => {
    const withComments: PaperFeed = { ...feed, papers: [paper({ commentCount: 12 })] };
    const rss = await new Parser<object, { comments?: string; "slash:comments"?: string }>({
      customFields: { item: ["comments", "slash:comments"] },
    }).parseString(renderRss(withComments));
    expect(rss.items[0]!.comments).toBe("https://papers.example/papers/escaping-test#discussion");
    expect(rss.items[0]!["slash:comments"]).toBe("12");
    const atom = renderAtom(withComments);
    expect(atom).toContain('xmlns:thr="http://purl.org/syndication/thread/1.0"');
    expect(atom).toContain(
      '<link rel="replies" type="text/html" href="https://papers.example/papers/escaping-test#discussion" thr:count="12"/>',
    );
  });
});
