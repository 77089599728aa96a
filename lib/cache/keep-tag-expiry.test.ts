import { setTimeout as sleep } from "node:timers/promises";
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { areTagsExpired, areTagsStale } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { describe, expect, it } from "vitest";
import MemoryCacheHandler from "./memory-cache-handler.js";

// Next's own handlers and tag manifest, called as Next's revalidateTag calls them (its "use cache"
// handler first, then the page cache's), with the revalidations the app makes: an immediate expiry
// ({ expire: 0 }, a collection leaving public view) and a background one ("max", a year: someone
// saving to a public collection).
const options = { maxMemoryCacheSize: 1 << 20, flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [] };
const NOW = { expire: 0 };
const BACKGROUND = { expire: 365 * 86400 };
const tick = () => sleep(5);

type Durations = { expire: number };
type PageCache = { revalidateTag(tags: string[], durations?: Durations): Promise<void> };
const useCacheHandler = createDefaultCacheHandler(1 << 20);
const Plain = ((FileSystemCache as unknown as { default?: unknown }).default ?? FileSystemCache) as new (o: typeof options) => PageCache;

async function revalidate(cache: PageCache, tag: string, durations: Durations) {
  await Promise.all([useCacheHandler.updateTags([tag], durations), cache.revalidateTag([tag], durations)]);
}

/** The revalidations `before`, an entry stored, then those of `order`: is that entry expired, stale? */
async function afterRevalidations(cache: PageCache, tag: string, order: Durations[], before: Durations[] = []) {
  for (const durations of before) {
    await revalidate(cache, tag, durations);
    await tick();
  }
  const storedAt = Date.now();
  for (const durations of order) {
    await tick();
    await revalidate(cache, tag, durations);
  }
  await tick();
  return { expired: areTagsExpired([tag], storedAt), stale: areTagsStale([tag], storedAt) };
}

describe("tag expiries kept", () => {
  it("a background revalidation after an immediate expiry leaves the older entry expired", async () => {
    expect(await afterRevalidations(new MemoryCacheHandler(options), "kept", [NOW, BACKGROUND, BACKGROUND])).toMatchObject({
      expired: true,
    });
  });

  it("Next's handlers alone forget the expiry (why this wrapper exists; if this fails, Next fixed it)", async () => {
    expect(await afterRevalidations(new Plain(options), "forgotten", [NOW, BACKGROUND])).toEqual({ expired: false, stale: true });
  });

  it("an entry stored between the two is stale, not expired", async () => {
    expect(await afterRevalidations(new MemoryCacheHandler(options), "between", [BACKGROUND], [NOW])).toEqual({
      expired: false,
      stale: true,
    });
  });

  it("background revalidations alone only make entries stale, and a later expiry still expires them", async () => {
    const cache = new MemoryCacheHandler(options);
    expect(await afterRevalidations(cache, "background-only", [BACKGROUND, BACKGROUND])).toEqual({ expired: false, stale: true });
    expect(await afterRevalidations(cache, "background-then-now", [BACKGROUND, NOW, BACKGROUND])).toMatchObject({ expired: true });
  });

  it("a second immediate expiry replaces the first", async () => {
    expect(await afterRevalidations(new MemoryCacheHandler(options), "twice", [NOW, BACKGROUND], [NOW])).toMatchObject({ expired: true });
  });
});
