// Next's own cache (in this server's memory: isrFlushToDisk is off), with entries stamped by the
// time their render began (lib/cache/stamp-render-start.js) and pages' HTML stored as one-byte
// strings (lib/cache/one-byte-html.js). next.config.js uses it unless the servers share Redis
// (lib/cache/redis-cache-handler.js, stamped and stored the same way).
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { storeOneByteHtml } from "./one-byte-html.js";
import { stampRenderStart } from "./stamp-render-start.js";

// Node hands over the CommonJS exports object, a bundler's interop the class itself.
export default stampRenderStart(storeOneByteHtml(FileSystemCache.default ?? FileSystemCache));
