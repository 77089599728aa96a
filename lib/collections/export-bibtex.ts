import type { CollectionItemView } from "@/lib/collections/collection-view";
import { paperLinks } from "@/lib/papers/paper-links";

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
