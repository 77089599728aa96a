// Next hashes a cached page's whole HTML for its ETag on every request that serves it: for the
// feed's 100 KB, a fifth of the CPU of each cache hit (bench/RESULTS.md, "Feed throughput"). The
// HTML of an entry never changes once stored, so its ETag is computed here, once, when the entry
// is stored (or first read), with Next's own function (the same value as before), and kept in the
// entry's headers, which Next sends with every hit. next.config.js turns Next's per-request
// hashing off (generateEtags: false); scripts/serve.mjs answers If-None-Match from this header
// (lib/http/answer-not-modified.js).
import { generateETag } from "next/dist/server/lib/etag.js";

const isPage = (value) => value?.kind === "APP_PAGE" && typeof value.html === "string";

/**
 * A cache handler class whose pages carry their HTML's ETag in their stored headers.
 * @template {new (...args: any[]) => any} Handler
 * @param {Handler} Base
 */
export function storeEtag(Base) {
  return class StoredEtag extends Base {
    async set(key, data, ctx) {
      if (isPage(data)) data = { ...data, headers: { ...data.headers, etag: generateETag(data.html) } };
      return super.set(key, data, ctx);
    }

    // Pages prerendered by the build are read from its output, never stored through set(): they
    // get their ETag on their first read, kept with the entry that Next's memory cache holds.
    async get(...args) {
      const entry = await super.get(...args);
      const value = entry?.value;
      if (isPage(value) && !value.headers?.etag) value.headers = { ...value.headers, etag: generateETag(value.html) };
      return entry;
    }
  };
}
