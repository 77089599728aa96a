import type { CollectionItemView } from "@/lib/collections/collection-view";
import { paperLinks } from "@/lib/papers/paper-links";

const COLUMNS = ["order", "title", "authors", "published", "arxiv_id", "url", "pdf_url", "categories", "added", "note"] as const;

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
    ];
  });
  return `\uFEFF${[COLUMNS, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
