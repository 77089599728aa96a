import { fileURLToPath } from "node:url";
import { env } from "./lib/env.js";

const sorts = "trending|top|new";
// The same pattern as lib/papers/arxiv-category.ts (this file cannot import TypeScript).
const category = "[a-z][a-z-]{0,19}(?:\\.[A-Za-z][A-Za-z-]{0,19})?";
const cursor = "[A-Za-z0-9_-]{1,200}";
const feedParameters = ["sort", "cursor", "category", "has_code"];

// The public read-only API answers scripts and pages on any origin; mutations stay same-origin.
const corsHeaders = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Access-Control-Allow-Methods", value: "GET, HEAD, OPTIONS" },
  { key: "Access-Control-Allow-Headers", value: "Accept, Content-Type" },
  { key: "Access-Control-Expose-Headers", value: "Link" },
  { key: "Access-Control-Max-Age", value: "86400" },
];
// Security headers on every response. Public pages are cached and shared by every visitor, so the
// policy cannot carry a per-request nonce: Next's inline flight-data scripts need 'unsafe-inline'.
// What it still forbids: scripts, styles, frames and connections from any other origin, eval,
// plugins, <base> hijacking, forms posting elsewhere (but to the enabled sign-in providers), and being framed (clickjacking).
// The sign-in buttons are forms whose answer redirects to the provider, and form-action also
// governs where a form's redirects may lead: each enabled provider's sign-in origin is allowed.
const signInOrigins = [
  env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET && "https://github.com",
  env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET && "https://accounts.google.com",
  env.AUTH_HUGGINGFACE_ID && env.AUTH_HUGGINGFACE_SECRET && new URL(env.AUTH_HUGGINGFACE_ISSUER).origin,
].filter(Boolean);
const contentSecurityPolicy = [
  "default-src 'self'",
  // React's development build evaluates code; production never does.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  ["form-action 'self'", ...signInOrigins].join(" "),
  "frame-ancestors 'none'",
].join("; ");
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];
// HSTS only when the request reached us over https (the TLS-terminating proxy says so): sent
// over plain http it would be ignored, and on a development machine it would be a trap.
const strictTransportSecurity = [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }];

const publicApi = ["/api/papers", "/api/papers/:id", "/api/collections", "/api/openapi.json", "/feed.xml", "/rss.xml"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next would hash a cached page's whole HTML for its ETag on every hit; the cache handlers store
  // it once instead (lib/cache/store-etag.js) and scripts/serve.mjs answers If-None-Match.
  generateEtags: false,
  // Separate build directories let several test runs share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // Rendered pages and cached data live in the server's memory, not in .next/, so they can
    // never outlive the database they came from (a reset, a restore, another DATABASE_URL).
    isrFlushToDisk: false,
  },
  // Several app servers share one cache on Redis when CACHE_REDIS_URL is set: a write on any of
  // them refreshes the pages all of them serve. Next's own in-memory layer would keep a copy per
  // server that the others' revalidations never reach, so it is turned off then. Otherwise Next's
  // own cache, with each entry stamped by when its render began (lib/cache/stamp-render-start.js).
  ...(env.CACHE_REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL("./lib/cache/redis-cache-handler.js", import.meta.url)), cacheMaxMemorySize: 0 }
    : { cacheHandler: fileURLToPath(new URL("./lib/cache/memory-cache-handler.js", import.meta.url)) }),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: strictTransportSecurity },
      ...publicApi.map((source) => ({ source, headers: corsHeaders })),
    ];
  },
  async rewrites() {
    // The feed's URL is `/?sort=top&cursor=…`, but query strings make a page dynamic. Rewriting
    // to path segments lets every feed page be rendered once, cached, and invalidated on writes.
    // After the files (no file or page answers `/`): Next tests these rules twice per request and
    // compiles each rule's pattern again each time it tests it, every one of the beforeFiles rules
    // but only up to the first that matches of the afterFiles ones.
    return {
      afterFiles: [
        // The feed's own address, with none of the parameters below, is most of its requests.
        { source: "/", missing: feedParameters.map((key) => ({ type: "query", key })), destination: "/feed/trending" },
        // `?has_code=1` first, each rule below again with it and a /code segment: the plain rules
        // would match and drop it. Any other has_code but 0 is not a filter: a 404, like a bad category.
        ...feedRewrites({ has: [{ type: "query", key: "has_code", value: "1" }], segment: "/code" }),
        { source: "/", has: [{ type: "query", key: "has_code", value: "(?!0$).*" }], destination: "/feed/not-a-filter" },
        ...feedRewrites({ has: [], segment: "" }),
      ],
    };
  },
};

/** The feed's rewrites, under /feed/:sort{segment}/…, for requests that also match `has`. */
function feedRewrites({ has, segment }) {
  const rule = (query, destination) =>
    has.length + query.length > 0 ? { source: "/", has: [...has, ...query], destination } : { source: "/", destination };
  const categoryQuery = { type: "query", key: "category", value: `(?<category>${category})` };
  const sortQuery = { type: "query", key: "sort", value: `(?<sort>${sorts})` };
  const cursorQuery = { type: "query", key: "cursor", value: `(?<cursor>${cursor})` };
  return [
    // `?category=cs.LG` first: the rules below would match and drop it.
    rule([categoryQuery, sortQuery, cursorQuery], `/feed/:sort${segment}/c/:category/:cursor`),
    rule([categoryQuery, cursorQuery], `/feed/trending${segment}/c/:category/:cursor`),
    rule([categoryQuery, sortQuery], `/feed/:sort${segment}/c/:category`),
    rule([categoryQuery], `/feed/trending${segment}/c/:category`),
    // Any other category is not one: a 404, not the unfiltered feed.
    rule([{ type: "query", key: "category" }], "/feed/not-a-category"),
    rule([sortQuery, cursorQuery], `/feed/:sort${segment}/:cursor`),
    rule([cursorQuery], `/feed/trending${segment}/:cursor`),
    rule([sortQuery], `/feed/:sort${segment}`),
    rule([], `/feed/trending${segment}`),
  ];
}

export default nextConfig;
