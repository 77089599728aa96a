// Next stamps a cache entry with the time it was stored, that is, when its render ended. A render
// that read the database before a write and ended after the write's revalidation is therefore
// kept as newer than the revalidation: a collection made private a moment ago stayed on a paper
// page for the page's whole hour (a CI failure of e2e/private-data.spec.ts, stop 20). Stamping
// the entry with the time its render began instead makes Next's own tag checks see such an entry
// for what it is: expired (the next request renders again) or stale (refreshed in the background).
//
// A render begins on a request that finds no entry, or a stale one; the earliest such request
// since the key's last store is when the data may have been read, which errs on the safe side.
import { areTagsExpired, areTagsStale } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

const TAGS_HEADER = "x-next-cache-tags";
/** Keys remembered at most; the oldest are forgotten first (an entry then keeps its store time). */
const MAX_KEYS = 20_000;
/** No render takes longer: a miss older than this was not this render's start (say, one that failed). */
const LONGEST_RENDER_MS = 60_000;

// One map per process, shared by every instance (Next makes a handler per request).
const state = (globalThis.papershelfRenderStarts ??= { pending: new Map(), stamps: new Map() });

function remember(map, key, value) {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_KEYS) map.delete(map.keys().next().value);
}

function entryTags(entry, ctx) {
  const header = entry.value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") return header.split(",");
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/** What Next's IncrementalCache decides after the handler answers: would it render this key again? */
function needsRender(entry, ctx) {
  if (!entry?.value) return true;
  const tags = entryTags(entry, ctx);
  if (areTagsExpired(tags, entry.lastModified) || areTagsStale(tags, entry.lastModified)) return true;
  const revalidate = entry.cacheControl?.revalidate ?? ctx?.revalidate ?? entry.value.revalidate;
  return typeof revalidate === "number" && Date.now() - entry.lastModified > revalidate * 1000;
}

/**
 * A cache handler class whose entries carry the time their render began.
 * @template {new (...args: any[]) => any} Handler
 * @param {Handler} Base
 */
export function stampRenderStart(Base) {
  return class RenderStartStamped extends Base {
    async get(key, ctx) {
      const askedAt = Date.now();
      let entry = await super.get(key, ctx);
      const stamp = state.stamps.get(key);
      // Only the entry this process stored (another server's, or an older one, has its own time).
      if (entry && stamp && entry.lastModified >= stamp.storedAt) entry = { ...entry, lastModified: stamp.renderStart };
      if (needsRender(entry, ctx) && !state.pending.has(key)) remember(state.pending, key, askedAt);
      return entry;
    }

    async set(key, data, ctx) {
      const renderStart = state.pending.get(key);
      state.pending.delete(key);
      const storedAt = Date.now();
      await super.set(key, data, ctx);
      if (renderStart === undefined || data === null) state.stamps.delete(key);
      else remember(state.stamps, key, { renderStart: Math.max(renderStart, storedAt - LONGEST_RENDER_MS), storedAt });
    }
  };
}
