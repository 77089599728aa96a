/**
 * Intl formatters are made on first use, not when the module loads: making one costs a phone tens
 * of milliseconds of the page's start (measured on the feed with 4× CPU slowdown: 106 ms for the
 * three), and the browser's islands rarely format a date at all.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateFormat = onFirstUse(() => new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric", year: "numeric" }));

export function formatDate(date: Date | string): string {
  return dateFormat().format(typeof date === "string" ? new Date(date) : date);
}

/** "Ada Lovelace, Alan Turing and 3 others", or "6 authors" when only the count is known. */
export function formatAuthors(authors: string[], authorCount: number, max = 3): string {
  if (authors.length === 0) {
    if (authorCount <= 0) return "";
    return authorCount === 1 ? "1 author" : `${authorCount} authors`;
  }
  if (authors.length <= max) {
    return authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(", ")} and ${authors.at(-1)}`;
  }
  const others = Math.max(authors.length, authorCount) - max;
  return `${authors.slice(0, max).join(", ")} and ${others} other${others === 1 ? "" : "s"}`;
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const fullNumber = onFirstUse(() => new Intl.NumberFormat("en-US"));
const compactNumber = onFirstUse(() => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }));

/** "1,234": for accessible names and the paper page. */
export function formatCount(count: number): string {
  return fullNumber().format(count);
}

/** "1.2k", "12.3k", "1m": short enough for a card. */
export function formatCompactCount(count: number): string {
  return compactNumber().format(count).toLowerCase();
}
