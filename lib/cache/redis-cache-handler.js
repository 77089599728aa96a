// Next's cache on a Redis server that every app server shares, so a page rendered or revalidated
// on one is the page all of them serve. next.config.js loads it only when CACHE_REDIS_URL is set;
// without it each server keeps Next's own in-memory cache. The handler is a maintained package
// (@fortedigital/nextjs-cache-handler); this file only connects it.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { keepTagExpiry } from "./keep-tag-expiry.js";
import { storeOneByteHtml } from "./one-byte-html.js";
import { stampRenderStart } from "./stamp-render-start.js";
import { storeEtag } from "./store-etag.js";

CacheHandler.onCreation(({ buildId }) => {
  // The build renders no page from the database (lib/db.ts), so it needs no shared cache, and a
  // build that does not connect anywhere is the same build with or without the variable.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };
  const client = createClient({ url: process.env.CACHE_REDIS_URL });
  // node-redis reconnects by itself. Until it is connected, at start or in an outage, the handler
  // misses (pages render afresh) instead of holding requests, so the connection is not awaited
  // and an outage is only logged.
  client.on("error", (error) => console.error(`[cache] Redis: ${error.message}`));
  client.connect().catch(() => {});
  // Entries of one build only: another build's pages name script chunks this one does not have.
  return { handlers: [createRedisHandler({ client, keyPrefix: `papershelf:${buildId ?? "dev"}:` })] };
});

/**
 * Next 16.4 takes an entry's lifetime from the entry (`cacheControl`), and otherwise from what the
 * same server remembers of its own renders. The handler stores the lifetime as `lifespan` only, so
 * a server that had not rendered the page itself took another server's entry for one a second old
 * at most: stale, rendered again. Giving the entry its `cacheControl` back spares that render.
 */
class SharedCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const revalidate = entry?.lifespan?.revalidate;
    if (entry && !entry.cacheControl && revalidate !== undefined) entry.cacheControl = { revalidate, expire: undefined };
    return entry;
  }
}

// A render that ended after a revalidation on this server is seen as begun before it (see
// stamp-render-start.js), and Next's tag records that say so keep their expiries
// (keep-tag-expiry.js); one on another server keeps its store time. Pages' HTML is stored as
// one-byte strings (one-byte-html.js), with their ETag (store-etag.js): each hit parses it from
// Redis and serves it.
export default keepTagExpiry(stampRenderStart(storeOneByteHtml(storeEtag(SharedCacheHandler))));
