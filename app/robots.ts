import type { MetadataRoute } from "next";
import { env } from "@/lib/env.js";

/**
 * robots.txt. A route rather than a file in public/ because the sitemap must be named by its absolute
 * URL, which is APP_URL (read when the app is built; a new APP_URL rebuilds it, see scripts/start.ts).
 * Share links (/c/…) stay open: their pages say noindex themselves, and link-preview bots that obey
 * robots.txt must still fetch their Open Graph image.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        // JSON for scripts and the signed-in person's own data and writes: nothing to index.
        "/api/",
        // Pages about the person who is signed in, or forms.
        "/collections$",
        "/settings",
        "/submit",
        "/signin",
        "/signup",
        "/verify-email",
        "/release-email",
        "/subscribe/",
        "/unsubscribe",
        // One page per query, rate-limited per address.
        "/search",
        // Collections as BibTeX/CSV/JSON downloads.
        "/*/export",
      ],
    },
    sitemap: `${env.APP_URL.replace(/\/$/, "")}/sitemap.xml`,
  };
}
