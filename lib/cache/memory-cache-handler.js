// Next's own cache (in this server's memory: isrFlushToDisk is off), with entries stamped by the
// time their render began (lib/cache/stamp-render-start.js), tag expiries that background
// revalidations cannot undo (lib/cache/keep-tag-expiry.js), pages' HTML stored as one-byte strings
// (lib/cache/one-byte-html.js) and their ETag computed once (lib/cache/store-etag.js).
// next.config.js uses it unless the servers share Redis (lib/cache/redis-cache-handler.js, stamped,
// kept and stored the same way).
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { storeOneByteHtml } from "./one-byte-html.js";
import { keepTagExpiry } from "./keep-tag-expiry.js";
import { stampRenderStart } from "./stamp-render-start.js";
import { storeEtag } from "./store-etag.js";

// Node hands over the CommonJS exports object, a bundler's interop the class itself.
export default keepTagExpiry(stampRenderStart(storeOneByteHtml(storeEtag(FileSystemCache.default ?? FileSystemCache))));
