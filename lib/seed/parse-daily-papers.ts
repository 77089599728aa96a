import { slugifyTitle } from "../slugify-title";

export type SeedPaper = {
  slug: string;
  title: string;
  abstract: string;
  authorCount: number | null;
  /** "YYYY-MM-DD" */
  publishedAt: string | null;
  /**
   * "YYYY-MM-DD": the day the paper is listed on, its own date, or for a paper the listing shows
   * without one, the listing's date heading ("Oct 29"); null only when the listing has neither.
   */
  listedAt: string | null;
  upvotes: number;
};

// Hugging Face omits the year for dates in the current year; the seed listing was
// captured on Oct 29, 2025, so a yearless date belongs to 2025.
export const YEARLESS_DATE_YEAR = 2025;

// Header text of the saved page. Only skipped before the first paper, so a paper
// that happens to be titled "Subscribe" later in the list is still a paper.
const LEADING_CHROME = new Set([
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
]);

const MONTHS: Record<string, number> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

// "• 6 authors"; the page says "1 authors" as well as the grammatical "1 author".
const AUTHORS_RE = /^• ?(\d+) authors?$/;
const SEPARATOR = "·";
// "Sep 1, 2023", "Oct 26, 2023 4", "Aug 11", "Oct 26 12": the trailing number is upvotes.
const DATE_RE = /^([A-Z][a-z]{2,3}) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;

type Line = { no: number; text: string };

type ParsedDate = { publishedAt: string; upvotes: number };

function parseDateLine(line: Line): ParsedDate | null {
  const m = DATE_RE.exec(line.text);
  if (!m) return null;
  const [, monthName = "", dayText = "", yearText, votesText] = m;
  const month = MONTHS[monthName];
  if (month === undefined) return null;
  const day = Number(dayText);
  const year = yearText === undefined ? YEARLESS_DATE_YEAR : Number(yearText);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC silently rolls "Feb 30" over into March; a listing never shows that.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`Line ${line.no}: invalid date "${line.text}"`);
  }
  return {
    publishedAt: date.toISOString().slice(0, 10),
    upvotes: votesText === undefined ? 0 : Number(votesText),
  };
}

function isMetadata(line: Line): boolean {
  return AUTHORS_RE.test(line.text) || line.text === SEPARATOR || DATE_RE.test(line.text);
}

function describe(line: Line): string {
  const text = line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text;
  return `"${text}"`;
}

/**
 * Parses a plain-text copy of a Hugging Face Daily Papers page. Each paper is a
 * title line, an abstract line and an optional metadata block
 * ("• N authors", "·", date with optional upvote count); blank lines are ignored.
 * Throws with a 1-based line number when the text cannot be a listing.
 */
export function parseDailyPapers(text: string): SeedPaper[] {
  const lines: Line[] = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    // Copies from browsers carry stray and non-breaking spaces; collapsing them keeps
    // both the metadata patterns and the stored titles predictable.
    .map((raw, idx) => ({ no: idx + 1, text: raw.replace(/\s+/g, " ").trim() }))
    .filter((line) => line.text !== "");

  let i = 0;
  // The page date ("Oct 29") sits among the header lines and looks like a paper's date: it is the
  // day of the listing, on which the papers shown without a date of their own are listed.
  let listingDate: string | null = null;
  while (i < lines.length) {
    const line = lines[i];
    if (line === undefined || !(LEADING_CHROME.has(line.text) || DATE_RE.test(line.text))) break;
    if (DATE_RE.test(line.text)) listingDate = parseDateLine(line)?.publishedAt ?? null;
    i++;
  }

  const papers: SeedPaper[] = [];
  const usedSlugs = new Set<string>();

  while (i < lines.length) {
    const titleLine = lines[i];
    if (titleLine === undefined) break;
    if (isMetadata(titleLine)) {
      throw new Error(`Line ${titleLine.no}: expected a paper title, found metadata ${describe(titleLine)}`);
    }
    const abstractLine = lines[i + 1];
    if (abstractLine === undefined || isMetadata(abstractLine)) {
      throw new Error(`Line ${titleLine.no}: title ${describe(titleLine)} has no abstract`);
    }
    i += 2;

    let authorCount: number | null = null;
    const authorsMatch = AUTHORS_RE.exec(lines[i]?.text ?? "");
    if (authorsMatch) {
      authorCount = Number(authorsMatch[1]);
      i++;
    }

    const separatorLine = lines[i];
    const hasSeparator = separatorLine?.text === SEPARATOR;
    if (hasSeparator) i++;

    let date: ParsedDate | null = null;
    const dateLine = lines[i];
    if (dateLine) date = parseDateLine(dateLine);
    if (date) {
      i++;
    } else if (hasSeparator && separatorLine) {
      throw new Error(`Line ${separatorLine.no}: "${SEPARATOR}" must be followed by a date line`);
    }

    const base = slugifyTitle(titleLine.text);
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);

    papers.push({
      slug,
      title: titleLine.text,
      abstract: abstractLine.text,
      authorCount,
      publishedAt: date?.publishedAt ?? null,
      listedAt: date?.publishedAt ?? listingDate,
      upvotes: date?.upvotes ?? 0,
    });
  }

  return papers;
}
