import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { getSitemapFile } from "@/lib/sitemap/get-sitemap";
import { SITEMAP_PAGE_SIZE } from "@/lib/sitemap/plan-sitemap";
import { renderUrlset } from "@/lib/sitemap/render-sitemap";
import { sitemapResponse } from "@/lib/sitemap/sitemap-response";

/** One file of the sitemap, as listed by /sitemap.xml: /sitemap/papers-0.xml. */
export const GET = route({}, async (_args, { params }: RouteContext<"/sitemap/[file]">) => {
  const name = /^([a-z]+-\d{1,9})\.xml$/.exec((await params).file)?.[1];
  const entries = name ? await getSitemapFile(name, SITEMAP_PAGE_SIZE) : null;
  if (!entries) throw new HttpError(404, "No such sitemap file; /sitemap.xml lists them.");
  return sitemapResponse(renderUrlset(entries, env.APP_URL.replace(/\/$/, "")));
});
