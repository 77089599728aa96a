import { gzipSync } from "node:zlib";

export type PageWeight = {
  /** The HTML document as the server sends it, uncompressed (inline flight data included). */
  htmlBytes: number;
  /** The page's script chunks (`<script src>` in its HTML, `nomodule` ones left out), uncompressed. */
  jsBytes: number;
  /** The same chunks, each gzip-compressed at zlib's default level (as Next compresses them). */
  jsGzipBytes: number;
  scripts: string[];
};

/**
 * The `src` of every external script a current browser loads from a document, in order, each once:
 * `nomodule` scripts (Next's polyfills, about 110 KB) only load in browsers without ES modules.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value) sources.add(value.replace(/&amp;/g, "&"));
  }
  return [...sources];
}

async function body(url: string): Promise<Buffer> {
  // No Accept-Encoding: the bytes as they are, compressed here the same way for every page.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * What a page weighs before it is interactive: its HTML and the script chunks that HTML loads.
 * Chunks a page loads later (dynamic imports) are not counted: they do not delay hydration.
 */
export async function measurePageWeight(pageUrl: string): Promise<PageWeight> {
  const html = await body(pageUrl);
  const scripts = scriptSources(html.toString("utf8")).map((src) => new URL(src, pageUrl).href);
  const chunks = await Promise.all(scripts.map(body));
  return {
    htmlBytes: html.length,
    jsBytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    jsGzipBytes: chunks.reduce((sum, chunk) => sum + gzipSync(chunk).length, 0),
    scripts: scripts.map((href) => new URL(href).pathname),
  };
}
