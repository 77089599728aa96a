import { env } from "@/lib/env.js";
import { route } from "@/lib/http/route";
import { getSitemapPlan } from "@/lib/sitemap/get-sitemap";
import { SITEMAP_PAGE_SIZE } from "@/lib/sitemap/plan-sitemap";
import { renderSitemapIndex } from "@/lib/sitemap/render-sitemap";
import { sitemapResponse } from "@/lib/sitemap/sitemap-response";

/**
 * The sitemap index, always: Next's generateSitemaps serves the numbered files but no index for them
 * (and would list them at build time, with no database), so both are route handlers.
 */
export const GET = route({}, async () => {
  const appUrl = env.APP_URL.replace(/\/$/, "");
  const files = await getSitemapPlan(SITEMAP_PAGE_SIZE);
  return sitemapResponse(renderSitemapIndex(files.map((file) => `${appUrl}/sitemap/${file.name}.xml`)));
});
