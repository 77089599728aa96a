// Next keeps one expiry time per tag, and every revalidation overwrites it (twice: its "use cache"
// handler writes the same record before this one is called). A background revalidation
// (revalidateTag(tag, "max")) sets it a year ahead, so it undid an immediate expiry made a moment
// before: a collection made private stayed on cached pages for one more request when anyone saved
// to a public collection in between (a CI failure of e2e/private-data.spec.ts, stop 24).
// An expiry that has happened is kept: entries stored before it stay expired, and the later
// revalidation still marks everything stored up to then stale, as it should. The year-ahead expiry
// it gives up never matters here: every cached page and read is revalidated within the hour.
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

/** Tags remembered at most; the oldest are forgotten first (a tag then gets Next's behaviour). */
const MAX_TAGS = 20_000;

// The last expiry that happened, per tag: the manifest's own record is already overwritten when
// this handler is called. One map per process, shared by every instance (Next makes one per request).
const happened = (globalThis.papershelfTagExpiries ??= new Map());

/**
 * A cache handler class whose tag revalidations never move an expiry that has happened forward.
 * @template {new (...args: any[]) => any} Handler
 * @param {Handler} Base
 */
export function keepTagExpiry(Base) {
  return class KeptTagExpiry extends Base {
    async revalidateTag(tags, durations) {
      await super.revalidateTag(tags, durations);
      const now = Date.now();
      for (const tag of typeof tags === "string" ? [tags] : tags) {
        const entry = tagsManifest.get(tag);
        if (typeof entry?.expired !== "number") continue;
        if (entry.expired <= now) {
          happened.delete(tag);
          happened.set(tag, entry.expired);
          if (happened.size > MAX_TAGS) happened.delete(happened.keys().next().value);
        } else if (happened.has(tag)) {
          tagsManifest.set(tag, { ...entry, expired: happened.get(tag) });
        }
      }
    }
  };
}
