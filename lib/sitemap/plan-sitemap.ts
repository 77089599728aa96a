import { dayPeriod, monthPeriod, parsePeriod, periodPath, weekPeriod } from "@/lib/periods";

/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_PAGE_SIZE = 50_000;

/** One URL of a sitemap file; the path is made absolute with APP_URL when it is written. */
export type SitemapEntry = { path: string; lastModified?: string };

/** One file listed by the index at /sitemap.xml, served at /sitemap/<name>.xml. */
export type SitemapFile =
  { name: string; section: "pages"; from: number } | { name: string; section: "papers" | "collections"; start: string; end: string | null };

/** The pages that are not a paper or a collection: the feed, About, and the date views of every day that has papers. */
export function sitePagePaths(listedDays: Date[]): string[] {
  const views = [dayPeriod, weekPeriod, monthPeriod].flatMap((periodOf) => listedDays.map((day) => periodPath(periodOf(day))));
  // A day outside the range the date pages accept (a paper dated 1970 by a bad import) would list a 404.
  const valid = views.filter((path) => {
    const [, , kind, slug] = path.split("/");
    return parsePeriod(kind as "date" | "week" | "month", slug!) !== null;
  });
  return ["/", "/about", ...new Set(valid)];
}

/**
 * The files of the sitemap: the site's pages sliced `pageSize` at a time, then papers and public
 * collections, each file a range of ids from one page start to the next (the last one open-ended).
 * A section with nothing in it has no file; the pages always have one.
 */
export function planSitemap(
  input: { pageCount: number; paperStarts: string[]; collectionStarts: string[] },
  pageSize: number,
): SitemapFile[] {
  const pages = Array.from({ length: Math.max(1, Math.ceil(input.pageCount / pageSize)) }, (_, i) => ({
    name: `pages-${i}`,
    section: "pages" as const,
    from: i * pageSize,
  }));
  const ranges = (section: "papers" | "collections", starts: string[]) =>
    starts.map((start, i) => ({ name: `${section}-${i}`, section, start, end: starts[i + 1] ?? null }));
  return [...pages, ...ranges("papers", input.paperStarts), ...ranges("collections", input.collectionStarts)];
}
