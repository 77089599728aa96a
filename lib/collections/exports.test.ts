import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import type { CollectionItemView, CollectionWithItems } from "@/lib/api/collections-schemas";
import { bibtexText, csvCell, renderCollectionAtom, toBibtex, toCsv, toJsonExport } from "@/lib/collections/export-formats";

const APP = "https://papers.example";
const PAYLOADS = [
  `<script>alert("x")</script>`,
  `}@misc{evil, title={pwned}`,
  "\\input{/etc/passwd} 100% & $x_1^2$ #1 ~home",
  `=HYPERLINK("http://evil","click")`,
  "-2+3",
  "@SUM(A1)",
  'He said "hi", then left',
  "line one\nline two\r\n@article{injected,",
  "]]></title></entry><entry><title>fake",
  "ünïcödé 🚀 数学",
];

function item(overrides: Partial<CollectionItemView["paper"]> & { note?: string; addedAt?: string } = {}): CollectionItemView {
  const { note = "", addedAt = "2025-03-01T10:00:00.000Z", ...paper } = overrides;
  return {
    paperId: paper.id ?? "p1",
    note,
    addedAt,
    paper: {
      id: "p1",
      slug: "attention",
      arxivId: "1706.03762",
      title: "Attention Is All You Need",
      abstract: "The dominant sequence transduction models…",
      authors: ["Ashish Vaswani", "Noam Shazeer"],
      authorCount: 2,
      publishedAt: "2017-06-12T00:00:00.000Z",
      listedAt: "2017-06-12T00:00:00.000Z",
      upvotes: 0,
      categories: ["cs.CL", "cs.LG"],
      codeUrl: null,
      codeStars: null,
      projectUrl: null,
      hfUpvotes: null,
      commentCount: 0,
      ...paper,
    },
  };
}

function collection(items: CollectionItemView[], overrides: Partial<CollectionWithItems> = {}): CollectionWithItems {
  return {
    id: "c1",
    title: "Reading list",
    description: "",
    visibility: "UNLISTED",
    isDefault: false,
    itemCount: items.length,
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-03-02T00:00:00.000Z",
    owner: { username: "ada", name: "Ada" },
    items,
    ...overrides,
  };
}

/** A small BibTeX reader: entries and their brace-delimited fields, honouring TeX escapes. */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  const entries: { type: string; key: string; fields: Record<string, string> }[] = [];
  let i = 0;
  while ((i = text.indexOf("@", i)) !== -1) {
    const head = /^@(\w+)\{([^,\s{}]+),/.exec(text.slice(i));
    if (!head) throw new Error(`bad entry start at ${i}`);
    i += head[0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      const field = /^\s*(\w+) = \{/.exec(text.slice(i));
      if (!field) break;
      i += field[0].length;
      let depth = 1;
      let value = "";
      while (depth > 0) {
        const ch = text[i];
        if (ch === undefined) throw new Error("unbalanced braces");
        if (ch === "\\") {
          value += ch + text[i + 1];
          i += 2;
          continue;
        }
        if (ch === "{") depth += 1;
        if (ch === "}") depth -= 1;
        if (depth > 0) value += ch;
        i += 1;
      }
      fields[field[1]!] = value;
      if (text[i] === ",") i += 1;
    }
    const end = /^\s*\}/.exec(text.slice(i));
    if (!end) throw new Error(`entry ${head[2]} is not closed`);
    i += end[0].length;
    entries.push({ type: head[1]!, key: head[2]!, fields });
  }
  return entries;
}

function unescapeTex(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, "\\")
    .replace(/\\([\^~])\{\}/g, "$1")
    .replace(/\\([{}%&$#_])/g, "$1");
}

/** RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

const folded = (value: string) =>
  value
    .replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("BibTeX", () => {
  test.each(PAYLOADS)("a title and note of %j come back exactly, in exactly one entry each", (payload) => {
    const items = [item({ title: payload, note: payload, authors: [payload, "Plain Name"] }), item({ id: "p2", slug: "second" })];
    const text = toBibtex(items, APP);
    const entries = parseBibtex(text);
    expect(entries).toHaveLength(2);
    expect(unescapeTex(entries[0]!.fields.title!)).toBe(folded(payload));
    expect(unescapeTex(entries[0]!.fields.annote!)).toBe(folded(payload));
    // Entries start only at line starts: a value can never begin a line.
    expect(text.match(/^@/gm)).toHaveLength(2);
  });

  test("keys are readable and unique", () => {
    const entries = parseBibtex(
      toBibtex(
        [
          item(),
          item({ id: "p2" }),
          item({ id: "p3" }),
          item({ id: "p4", authors: [], title: "The 3D World", publishedAt: null, listedAt: "2024-05-01T00:00:00.000Z" }),
        ],
        APP,
      ),
    );
    expect(entries.map((e) => e.key)).toEqual(["vaswani2017attention", "vaswani2017attentiona", "vaswani2017attentionb", "paper20243d"]);
    expect(entries[0]!.fields).toMatchObject({
      author: "Ashish Vaswani and Noam Shazeer",
      year: "2017",
      eprint: "1706.03762",
      archivePrefix: "arXiv",
      primaryClass: "cs.CL",
    });
    expect(entries[3]!.fields.author).toBeUndefined();
  });

  test("any text at all keeps every entry parseable and the count right", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ title: fc.string({ unit: "binary" }), note: fc.string({ unit: "binary" }), author: fc.string({ unit: "binary" }) }),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const items = rows.map((row, i) => item({ id: `p${i}`, title: row.title, note: row.note, authors: [row.author] }));
          const entries = parseBibtex(toBibtex(items, APP));
          expect(entries).toHaveLength(rows.length);
          rows.forEach((row, i) => expect(unescapeTex(entries[i]!.fields.title ?? "")).toBe(folded(row.title)));
        },
      ),
    );
  });

  test.each([
    ["50% & more", "50\\% \\& more"],
    ["a\\b", "a\\textbackslash{}b"],
    ["x^2 ~ y_1", "x\\^{}2 \\~{} y\\_1"],
    ["two\n\nlines", "two lines"],
  ])("escapes %j", (input, expected) => {
    expect(bibtexText(input)).toBe(expected);
  });
});

describe("CSV", () => {
  test("every payload survives a round trip through a CSV reader, formulas defused", () => {
    const items = PAYLOADS.map((payload, i) => item({ id: `p${i}`, title: payload, note: payload }));
    const text = toCsv(items, APP);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows).toHaveLength(PAYLOADS.length + 1);
    PAYLOADS.forEach((payload, i) => {
      const expected = /^[=+\-@]/.test(payload) ? `'${payload}` : payload;
      expect(rows[i + 1]![1]).toBe(expected);
      expect(rows[i + 1]![9]).toBe(expected);
    });
  });

  test.each([
    ["=1+1", `"'=1+1"`],
    ["+1", `"'+1"`],
    ["-1", `"'-1"`],
    ["@cmd", `"'@cmd"`],
    ["\tx", `"'\tx"`],
    ['a "b"', `"a ""b"""`],
    ["a,b", `"a,b"`],
    [3, `"3"`],
  ])("cell %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("code and project links", () => {
  test("are in the CSV's last columns and the JSON, and empty where a paper has none", () => {
    const items = [
      item({ id: "p1", codeUrl: "https://github.com/org/repo", codeStars: 1234, projectUrl: "https://project.example/" }),
      item({ id: "p2", slug: "other" }),
    ];
    const rows = parseCsv(toCsv(items, APP).slice(1));
    expect(rows.slice(1).map((row) => row.slice(10))).toEqual([
      ["https://github.com/org/repo", "https://project.example/"],
      ["", ""],
    ]);
    const json = toJsonExport(collection(items), { appUrl: APP, collectionUrl: `${APP}/c/x`, exportedAt: new Date(0) });
    expect(json.items.map(({ codeUrl, codeStars, projectUrl }) => ({ codeUrl, codeStars, projectUrl }))).toEqual([
      { codeUrl: "https://github.com/org/repo", codeStars: 1234, projectUrl: "https://project.example/" },
      { codeUrl: null, codeStars: null, projectUrl: null },
    ]);
  });
});

describe("JSON", () => {
  test("keeps text as text, in order", () => {
    const items = PAYLOADS.map((payload, i) => item({ id: `p${i}`, slug: `s${i}`, title: payload, note: payload }));
    const parsed = JSON.parse(
      JSON.stringify(toJsonExport(collection(items), { appUrl: APP, collectionUrl: `${APP}/c/x`, exportedAt: new Date(0) })),
    );
    expect(parsed.items.map((i: { title: string }) => i.title)).toEqual(PAYLOADS);
    expect(parsed.items.map((i: { order: number }) => i.order)).toEqual(PAYLOADS.map((_, i) => i + 1));
    expect(parsed.collection).toMatchObject({ title: "Reading list", itemCount: PAYLOADS.length, url: `${APP}/c/x` });
  });
});

describe("Atom", () => {
  test("is well-formed and carries every payload as text", () => {
    const items = PAYLOADS.map((payload, i) =>
      item({ id: `p${i}`, slug: `s${i}`, title: payload, note: payload, addedAt: `2025-03-0${(i % 9) + 1}T00:00:00.000Z` }),
    );
    const xml = renderCollectionAtom(collection(items, { title: PAYLOADS[0]!, description: PAYLOADS[8]! }), {
      appUrl: APP,
      selfUrl: `${APP}/c/tok/feed`,
      pageUrl: `${APP}/c/tok`,
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, textNodeName: "text" }).parse(
      xml,
    ).feed;
    const text = (node: unknown) => (typeof node === "object" && node !== null ? (node as { text?: unknown }).text : node);
    expect(text(feed.title)).toBe(PAYLOADS[0]);
    expect(feed.entry).toHaveLength(PAYLOADS.length);
    const titles = (feed.entry as { title: unknown }[]).map((e) => String(text(e.title)));
    expect(new Set(titles)).toEqual(new Set(PAYLOADS.map((p) => p.replace(/\r\n/g, "\n"))));
    // Newest addition first.
    const dates = (feed.entry as { published: string }[]).map((e) => e.published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
