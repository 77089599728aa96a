import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseArxivId } from "@/lib/import/arxiv-id";
import { ImportError } from "@/lib/import/import-error";
import { cleanText, type ImportedPaper } from "@/lib/import/imported-paper";
import { findGithubUrl } from "@/lib/ingest/find-github-url";
import { isArxivCategory } from "@/lib/papers/arxiv-category";

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // "arxiv:primary_category" becomes "primary_category".
  removeNSPrefix: true,
  // Ids like 2310.06825 must stay strings, not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ["entry", "author", "link", "category"].includes(name),
});

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "#text" in value) return String((value as XmlNode)["#text"]);
  return "";
}

function date(value: unknown, field: string, id: string): Date | null {
  const raw = text(value);
  if (raw === "") return null;
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) throw new ImportError(`arXiv entry ${id}: ${field} "${raw}" is not a date`);
  return parsed;
}

function https(url: string): string {
  return url.replace(/^http:\/\/(export\.)?arxiv\.org\//, "https://arxiv.org/");
}

function toPaper(entry: XmlNode): ImportedPaper | null {
  const idUrl = text(entry.id);
  const arxivId = parseArxivId(idUrl);
  // Entries without a usable id or title are how the API answers for ids it does not have.
  const title = cleanText(text(entry.title));
  if (!arxivId || title === "") return null;
  const published = date(entry.published, "published", arxivId);
  const updated = date(entry.updated, "updated", arxivId);
  const authors = ((entry.author as XmlNode[] | undefined) ?? []).map((a) => cleanText(text(a.name))).filter((name) => name !== "");
  const links = (entry.link as XmlNode[] | undefined) ?? [];
  const pdf = links.find((l) => l["@_title"] === "pdf" || l["@_type"] === "application/pdf");
  const primary = text((entry.primary_category as XmlNode | undefined)?.["@_term"]);
  const terms = ((entry.category as XmlNode[] | undefined) ?? []).map((c) => text(c["@_term"]));
  const categories = [...new Set([primary, ...terms])].filter(isArxivCategory);
  const listedAt = published ?? updated;
  const abstract = cleanText(text(entry.summary));
  // The comment is where authors most often put "Code: https://github.com/…".
  const comment = cleanText(text(entry.comment));
  const codeUrl = findGithubUrl(`${abstract} ${comment}`);
  const version = /v(\d+)$/.exec(idUrl.trim());
  if (!listedAt) throw new ImportError(`arXiv entry ${arxivId} has neither a published nor an updated date`);
  return {
    arxivId,
    title,
    abstract,
    authors,
    publishedAt: published,
    sourceUpdatedAt: updated,
    listedAt,
    listedAtIsListing: false,
    url: `https://arxiv.org/abs/${arxivId}`,
    pdfUrl: typeof pdf?.["@_href"] === "string" ? https(pdf["@_href"]) : null,
    primaryCategory: isArxivCategory(primary) ? primary : (categories[0] ?? null),
    categories,
    upvotes: 0,
    arxivVersion: version ? Number(version[1]) : null,
    code: codeUrl ? { url: codeUrl, stars: null, from: "text" } : null,
  };
}

export type ArxivFeedPage = {
  papers: ImportedPaper[];
  /** opensearch:totalResults: how many entries the whole query has, over all pages. */
  totalResults: number;
  /** How many entries this page held, usable or not: paging moves on by this. */
  entryCount: number;
};

function count(value: unknown, field: string): number {
  const raw = text(value).trim();
  if (!/^\d+$/.test(raw)) throw new ImportError(`the arXiv API sent a feed without a valid ${field} ("${raw}")`);
  return Number(raw);
}

/**
 * Reads an arXiv API response (Atom). Throws an ImportError for XML that is not well formed,
 * a response that is not an arXiv feed, and the API's own error entries.
 */
export function parseArxivFeed(xml: string): ImportedPaper[] {
  return parseArxivFeedPage(xml).papers;
}

/** parseArxivFeed, with the paging counts of a search query's page. */
export function parseArxivFeedPage(xml: string): ArxivFeedPage {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportError(`the arXiv API sent malformed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`);
  }
  const document = parser.parse(xml) as XmlNode;
  const feed = document.feed as XmlNode | undefined;
  if (!feed || typeof feed !== "object") throw new ImportError("the arXiv API did not send an Atom feed");
  const entries = (feed.entry as XmlNode[] | undefined) ?? [];
  const apiError = entries.find((entry) => text(entry.id).includes("/api/errors"));
  if (apiError) throw new ImportError(`the arXiv API refused the request: ${cleanText(text(apiError.summary)) || "unknown error"}`);
  return {
    papers: entries.map(toPaper).filter((paper): paper is ImportedPaper => paper !== null),
    totalResults: feed.totalResults === undefined ? entries.length : count(feed.totalResults, "totalResults"),
    entryCount: entries.length,
  };
}
