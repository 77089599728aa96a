// Next's own cache (in this server's memory: isrFlushToDisk is off), with entries stamped by the
// time their render began (lib/cache/stamp-render-start.js). next.config.js uses it unless the
// servers share Redis (lib/cache/redis-cache-handler.js, stamped the same way).
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { stampRenderStart } from "./stamp-render-start.js";

// Node hands over the CommonJS exports object, a bundler's interop the class itself.
export default stampRenderStart(FileSystemCache.default ?? FileSystemCache);
