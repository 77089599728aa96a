// The benchmark's reference: a fully static Next page, prerendered at build time, with the same
// papers as the feed. Built and served by bench/feed.ts; never part of the product.
const config = { distDir: process.env.NEXT_DIST_DIR || ".next", typescript: { ignoreBuildErrors: true }, poweredByHeader: false };
export default config;
