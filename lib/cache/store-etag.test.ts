import { generateETag } from "next/dist/server/lib/etag.js";
import { describe, expect, it } from "vitest";
import { storeEtag } from "./store-etag.js";

describe("storeEtag", () => {
  class Store {
    stored: unknown;
    async set(_key: string, data: unknown) {
      this.stored = data;
    }
    async get() {
      return this.stored === undefined ? null : { value: this.stored, lastModified: 1 };
    }
  }
  const Handler = storeEtag(Store);

  it("stores a page with its HTML's ETag, as Next computed it per request, beside its other headers", async () => {
    const handler = new Handler();
    const page = { kind: "APP_PAGE", html: "<p>feed</p>", status: 200, headers: { "x-next-cache-tags": "papers" } };
    await handler.set("/feed/trending", page);
    expect(handler.stored).toEqual({ ...page, headers: { "x-next-cache-tags": "papers", etag: generateETag("<p>feed</p>") } });
    // A different page, a different ETag; the entry Next handed over is not changed.
    await handler.set("/feed/top", { ...page, html: "<p>top</p>" });
    expect((handler.stored as { headers: { etag: string } }).headers.etag).not.toBe(generateETag("<p>feed</p>"));
    expect(page.headers).toEqual({ "x-next-cache-tags": "papers" });
  });

  it("leaves every other entry as given", async () => {
    const handler = new Handler();
    for (const entry of [
      { kind: "APP_ROUTE", body: Buffer.from("{}"), status: 200, headers: {} },
      { kind: "FETCH", data: { body: "x" } },
      null,
    ]) {
      await handler.set("key", entry);
      expect(handler.stored).toBe(entry);
    }
  });

  it("gives a page read without one (prerendered by the build) its ETag on the first read, kept with the entry", async () => {
    const handler = new Handler();
    const prerendered = { kind: "APP_PAGE", html: "<p>about</p>", status: 200, headers: { "x-next-cache-tags": "about" } };
    handler.stored = prerendered;
    const first = await handler.get();
    expect(first?.value).toBe(prerendered);
    expect(prerendered.headers).toEqual({ "x-next-cache-tags": "about", etag: generateETag("<p>about</p>") });
    const stored = prerendered.headers;
    await handler.get();
    expect(prerendered.headers).toBe(stored); // not computed again
    handler.stored = undefined;
    expect(await handler.get()).toBeNull();
  });
});
