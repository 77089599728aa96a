import type { CollectionItemView, CollectionWithItems } from "@/lib/api/collections-schemas";
import { escapeXml as x } from "@/lib/feeds/escape-xml";
import { paperLinks } from "@/lib/papers/paper-links";

// A collection in the formats people take it elsewhere in: BibTeX, CSV, JSON and Atom. Pure
// functions of the collection; every text that comes from people is escaped for its format.

// Characters with a meaning in (La)TeX, as BibTeX passes field text through to it.
const TEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\^{}",
  "~": "\\~{}",
};

/**
 * A field value safe between BibTeX's braces: TeX specials escaped (so braces always balance and
 * nothing runs as a command), control characters and newlines folded into spaces (so no line of
 * a value can look like the start of an entry).
 */
export function bibtexText(value: string): string {
  return value
    .replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\{}%&$#_^~]/g, (ch) => TEX_ESCAPES[ch]!);
}

function keyPart(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

const STOP_WORDS = new Set(["a", "an", "the", "on", "of", "for", "and", "in", "to", "with", "towards", "toward"]);

/** "vaswani2017attention": first author's last name, year, first real word of the title. */
function citationKey(item: CollectionItemView): string {
  const lastName = keyPart(item.paper.authors[0]?.split(/\s+/).at(-1) ?? "");
  const year = (item.paper.publishedAt ?? item.paper.listedAt).slice(0, 4);
  const word =
    item.paper.title
      .split(/\s+/)
      .map(keyPart)
      .find((w) => w.length > 0 && !STOP_WORDS.has(w)) ?? "";
  return `${lastName || "paper"}${year}${word.slice(0, 20)}`;
}

/** An author list joins names with "and"; a name that itself contains the word is braced whole. */
function authorName(name: string): string {
  const text = bibtexText(name);
  return /(^|\s)and(\s|$)/i.test(text) || text.includes(",") ? `{${text}}` : text;
}

/** One `@misc` entry per paper (arXiv's own export uses @misc), in the collection's order. */
export function toBibtex(items: CollectionItemView[], appUrl: string): string {
  const used = new Map<string, number>();
  const entries = items.map((item) => {
    const base = citationKey(item);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    // Same author, year and word twice: 2017attention, 2017attentiona, 2017attentionb…
    const key = seen === 0 ? base : `${base}${seen <= 26 ? String.fromCharCode(96 + seen) : seen}`;
    const { paper } = item;
    const links = paperLinks({ arxivId: paper.arxivId, url: null, pdfUrl: null });
    const fields: [string, string | null][] = [
      ["title", paper.title],
      ["author", paper.authors.length > 0 ? paper.authors.map(authorName).join(" and ") : null],
      ["year", (paper.publishedAt ?? paper.listedAt).slice(0, 4)],
      ["eprint", paper.arxivId],
      ["archivePrefix", paper.arxivId ? "arXiv" : null],
      ["primaryClass", paper.categories[0] ?? null],
      ["url", links.abs ?? `${appUrl}/papers/${paper.slug}`],
      ["abstract", paper.abstract || null],
      ["annote", item.note || null],
    ];
    const body = fields
      .filter((field): field is [string, string] => field[1] !== null)
      // The author list was escaped name by name, so its braces must stay.
      .map(([name, value]) => `  ${name} = {${name === "author" ? value : bibtexText(value)}}`)
      .join(",\n");
    return `@misc{${key},\n${body}\n}\n`;
  });
  return entries.join("\n");
}

// New columns go last, so spreadsheets and scripts that read columns by position keep working.
const COLUMNS = [
  "order",
  "title",
  "authors",
  "published",
  "arxiv_id",
  "url",
  "pdf_url",
  "categories",
  "added",
  "note",
  "code_url",
  "project_url",
] as const;

/**
 * One CSV cell (RFC 4180): always quoted, inner quotes doubled. A cell that a spreadsheet would
 * run as a formula (= + - @, or a tab or return first) gets a leading apostrophe, the usual
 * defence against CSV injection, so a paper title cannot become `=HYPERLINK(…)` in Excel.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A spreadsheet of the collection, in its order. UTF-8 with a byte-order mark so Excel reads accents. */
export function toCsv(items: CollectionItemView[], appUrl: string): string {
  const rows = items.map((item, index) => {
    const { paper } = item;
    const links = paperLinks({ arxivId: paper.arxivId, url: null, pdfUrl: null });
    return [
      index + 1,
      paper.title,
      paper.authors.join("; "),
      paper.publishedAt?.slice(0, 10) ?? "",
      paper.arxivId ?? "",
      links.abs ?? `${appUrl}/papers/${paper.slug}`,
      links.pdf ?? "",
      paper.categories.join(" "),
      item.addedAt.slice(0, 10),
      item.note,
      paper.codeUrl ?? "",
      paper.projectUrl ?? "",
    ];
  });
  return `\uFEFF${[COLUMNS, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The collection as JSON: what it is, then its papers in order with their notes. */
export function toJsonExport(collection: CollectionWithItems, options: { appUrl: string; collectionUrl: string; exportedAt: Date }) {
  return {
    collection: {
      title: collection.title,
      description: collection.description,
      owner: collection.owner,
      url: options.collectionUrl,
      itemCount: collection.items.length,
      updatedAt: collection.updatedAt,
      exportedAt: options.exportedAt.toISOString(),
    },
    items: collection.items.map((item, index) => {
      const { paper } = item;
      const links = paperLinks({ arxivId: paper.arxivId, url: null, pdfUrl: null });
      return {
        order: index + 1,
        title: paper.title,
        authors: paper.authors,
        publishedAt: paper.publishedAt,
        arxivId: paper.arxivId,
        url: `${options.appUrl}/papers/${paper.slug}`,
        arxivUrl: links.abs,
        pdfUrl: links.pdf,
        codeUrl: paper.codeUrl,
        codeStars: paper.codeStars,
        projectUrl: paper.projectUrl,
        categories: paper.categories,
        abstract: paper.abstract,
        addedAt: item.addedAt,
        note: item.note,
      };
    }),
  };
}

/**
 * A collection as an Atom 1.0 feed (RFC 4287): one entry per paper, newest addition first, so a
 * reader subscribed to a colleague's list sees what they add. Every text is escaped; notes and
 * abstracts are `type="text"`, so nothing in them is ever read as markup.
 */
export function renderCollectionAtom(collection: CollectionWithItems, urls: { appUrl: string; selfUrl: string; pageUrl: string }): string {
  const items = [...collection.items].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  const updated = [collection.updatedAt, ...items.map((i) => i.addedAt)].sort().at(-1)!;
  const entries = items.map((item) => {
    const { paper } = item;
    const link = `${urls.appUrl}/papers/${paper.slug}`;
    const summary = item.note || paper.abstract;
    return [
      "  <entry>",
      `    <title type="text">${x(paper.title)}</title>`,
      `    <id>${x(`urn:papershelf:collection:${collection.id}:paper:${paper.id}`)}</id>`,
      `    <link rel="alternate" type="text/html" href="${x(link)}"/>`,
      `    <published>${item.addedAt}</published>`,
      `    <updated>${item.addedAt}</updated>`,
      ...paper.authors.slice(0, 10).map((name) => `    <author><name>${x(name)}</name></author>`),
      ...paper.categories.map((term) => `    <category term="${x(term)}"/>`),
      `    <summary type="text">${x(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title type="text">${x(collection.title)}</title>`,
    collection.description ? `  <subtitle type="text">${x(collection.description)}</subtitle>` : null,
    `  <id>${x(`urn:papershelf:collection:${collection.id}`)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(urls.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(urls.pageUrl)}"/>`,
    `  <author><name>${x(collection.owner.name)}</name><uri>${x(`${urls.appUrl}/u/${encodeURIComponent(collection.owner.username)}`)}</uri></author>`,
    "  <generator>Papershelf</generator>",
    ...entries,
    "</feed>",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
}
