import { setTimeout as sleep } from "node:timers/promises";
import { areTagsExpired, areTagsStale } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { describe, expect, it } from "vitest";
import MemoryCacheHandler from "./memory-cache-handler.js";

// Next's own handler and tag manifest, as a server runs them; only time is driven by the test.
const handler = () =>
  new MemoryCacheHandler({ maxMemoryCacheSize: 1 << 20, flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [] });
const page = (tag: string) => ({
  kind: "APP_PAGE",
  html: "<p>a page</p>",
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": `${tag},_N_T_/papers/x` },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
});
const tick = () => sleep(5);
let unique = 0;

/** A request finds no entry, renders, and stores; `during` happens while it renders. */
async function render(tag: string, during: (cache: ReturnType<typeof handler>) => Promise<void>) {
  const key = `/papers/render-${++unique}`;
  const cache = handler();
  expect(await cache.get(key, { kind: "APP_PAGE" })).toBeNull();
  await tick();
  await during(cache);
  await tick();
  await cache.set(key, page(tag), { cacheControl: { revalidate: 3600, expire: undefined } });
  await tick();
  const entry = await handler().get(key, { kind: "APP_PAGE" });
  return { tags: [tag], entry: entry! };
}

describe("entries stamped with their render's start", () => {
  it("a render that straddles an immediate revalidation is stored as expired", async () => {
    const tag = "straddled-now";
    const { tags, entry } = await render(tag, (cache) => cache.revalidateTag([tag], { expire: 0 }));
    expect(areTagsExpired(tags, entry.lastModified)).toBe(true);
  });

  it("a render that straddles a background revalidation is stored as stale", async () => {
    const tag = "straddled-max";
    const { tags, entry } = await render(tag, (cache) => cache.revalidateTag([tag], { expire: 365 * 86400 }));
    expect(areTagsExpired(tags, entry.lastModified)).toBe(false);
    expect(areTagsStale(tags, entry.lastModified)).toBe(true);
  });

  it("a render that began after the revalidation is fresh, and a revalidation of another tag does not touch it", async () => {
    const tag = "revalidated-before";
    await handler().revalidateTag([tag], { expire: 0 });
    await tick();
    const { tags, entry } = await render(tag, (cache) => cache.revalidateTag(["another-tag"], { expire: 0 }));
    expect(areTagsExpired(tags, entry.lastModified)).toBe(false);
    expect(areTagsStale(tags, entry.lastModified)).toBe(false);
  });

  it("a fresh entry read again does not move the stamp of the next render", async () => {
    const tag = "hits";
    const { entry } = await render(tag, async () => {});
    const key = `/papers/render-${unique}`;
    const cache = handler();
    await tick();
    // Hits on a fresh entry start no render, so they are not taken for one's start.
    expect((await cache.get(key, { kind: "APP_PAGE" }))?.lastModified).toBe(entry.lastModified);
    await tick();
    await cache.revalidateTag([tag], { expire: 0 });
    await tick();
    expect(await cache.get(key, { kind: "APP_PAGE" })).toBeNull();
    await tick();
    await cache.set(key, page(tag), { cacheControl: { revalidate: 3600, expire: undefined } });
    const again = await handler().get(key, { kind: "APP_PAGE" });
    expect(again).not.toBeNull();
    expect(areTagsExpired([tag], again!.lastModified)).toBe(false);
  });
});
