/** A sitemap document. It lists only public pages, so shared caches may keep it a few minutes, as they do the feeds. */
export function sitemapResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
