import { escapeXml } from "@/lib/feeds/escape-xml";
import { paperLinks } from "@/lib/papers/paper-links";
import type { PaperSummary } from "@/lib/api/papers-schemas";

export type PaperFeed = {
  title: string;
  description: string;
  /** Absolute URLs. */
  selfUrl: string;
  pageUrl: string;
  appUrl: string;
  papers: PaperSummary[];
};

const x = escapeXml;

/** The lines of an element; a null stands for an optional child that is absent. */
function xmlLines(lines: (string | null)[]): string {
  return lines.filter((line) => line !== null).join("\n");
}

function paperUrl(feed: PaperFeed, paper: PaperSummary) {
  return `${feed.appUrl}/papers/${paper.slug}`;
}

function newest(feed: PaperFeed): Date {
  const times = feed.papers.map((p) => Date.parse(p.listedAt));
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(feed: PaperFeed): string {
  const entries = feed.papers.map((paper) => {
    const url = paperUrl(feed, paper);
    const { pdf } = paperLinks({ arxivId: paper.arxivId, url: null, pdfUrl: null });
    return xmlLines([
      "  <entry>",
      `    <id>${x(url)}</id>`,
      `    <title type="text">${x(paper.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
      pdf ? `    <link rel="related" type="application/pdf" href="${x(pdf)}"/>` : null,
      paper.codeUrl ? `    <link rel="related" type="text/html" title="Code" href="${x(paper.codeUrl)}"/>` : null,
      paper.projectUrl ? `    <link rel="related" type="text/html" title="Project page" href="${x(paper.projectUrl)}"/>` : null,
      // RFC 4685: the discussion's page and how many comments it has.
      `    <link rel="replies" type="text/html" href="${x(url)}#discussion" thr:count="${paper.commentCount}"/>`,
      `    <published>${paper.publishedAt ?? paper.listedAt}</published>`,
      `    <updated>${paper.listedAt}</updated>`,
      ...paper.authors.map((name) => `    <author><name>${x(name)}</name></author>`),
      ...paper.categories.map((term) => `    <category term="${x(term)}"/>`),
      `    <summary type="text">${x(paper.abstract)}</summary>`,
      "  </entry>",
    ]);
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">',
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.description)}</subtitle>`,
    `  <id>${x(feed.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>`,
    `  <updated>${newest(feed).toISOString()}</updated>`,
    // Atom needs an author for entries that have none (papers listed only by author count).
    "  <author><name>Papershelf</name></author>",
    "  <generator>Papershelf</generator>",

    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** RSS 2.0, for readers that prefer it. */
export function renderRss(feed: PaperFeed): string {
  const items = feed.papers.map((paper) => {
    const url = paperUrl(feed, paper);
    return xmlLines([
      "    <item>",
      `      <title>${x(paper.title)}</title>`,
      `      <link>${x(url)}</link>`,
      `      <guid isPermaLink="true">${x(url)}</guid>`,
      `      <comments>${x(url)}#discussion</comments>`,
      `      <slash:comments>${paper.commentCount}</slash:comments>`,
      `      <pubDate>${new Date(paper.listedAt).toUTCString()}</pubDate>`,
      paper.authors.length > 0 ? `      <dc:creator>${x(paper.authors.join(", "))}</dc:creator>` : null,
      ...paper.categories.map((term) => `      <category>${x(term)}</category>`),
      `      <description>${x(paper.abstract)}</description>`,
      "    </item>",
    ]);
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">',
    "  <channel>",
    `    <title>${x(feed.title)}</title>`,
    `    <link>${x(feed.pageUrl)}</link>`,
    `    <description>${x(feed.description)}</description>`,
    "    <language>en</language>",
    `    <lastBuildDate>${newest(feed).toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${x(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
