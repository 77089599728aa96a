import { escapeXml } from "@/lib/feeds/escape-xml";
import type { SitemapEntry } from "@/lib/sitemap/plan-sitemap";

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** A sitemap file: its URLs made absolute on `appUrl` (no trailing slash). */
export function renderUrlset(entries: SitemapEntry[], appUrl: string): string {
  const urls = entries.map(
    ({ path, lastModified }) =>
      `<url><loc>${escapeXml(appUrl + path)}</loc>${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NAMESPACE}">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The sitemap index: one absolute URL per file. */
export function renderSitemapIndex(fileUrls: string[]): string {
  const files = fileUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NAMESPACE}">\n${files.join("\n")}\n</sitemapindex>\n`;
}
