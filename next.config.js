import "./lib/env.js";

const sorts = "trending|top|new";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Separate build directories let several test runs share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // Rendered pages and cached data live in the server's memory, not in .next/, so they can
    // never outlive the database they came from (a reset, a restore, another DATABASE_URL).
    isrFlushToDisk: false,
  },
  async rewrites() {
    // The feed's URL is `/?sort=top&cursor=…`, but query strings make a page dynamic. Rewriting
    // to path segments lets every feed page be rendered once, cached, and invalidated on writes.
    return {
      beforeFiles: [
        {
          source: "/",
          has: [
            { type: "query", key: "sort", value: `(?<sort>${sorts})` },
            { type: "query", key: "cursor", value: "(?<cursor>[A-Za-z0-9_-]{1,200})" },
          ],
          destination: "/feed/:sort/:cursor",
        },
        {
          source: "/",
          has: [{ type: "query", key: "cursor", value: "(?<cursor>[A-Za-z0-9_-]{1,200})" }],
          destination: "/feed/trending/:cursor",
        },
        { source: "/", has: [{ type: "query", key: "sort", value: `(?<sort>${sorts})` }], destination: "/feed/:sort" },
        { source: "/", destination: "/feed/trending" },
      ],
    };
  },
};

export default nextConfig;
