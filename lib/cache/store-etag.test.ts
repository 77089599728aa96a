import { generateETag } from "next/dist/server/lib/etag.js";
import { describe, expect, it } from "vitest";
import { storeEtag } from "./store-etag.js";

describe("storeEtag", () => {
  class Store {
    stored: unknown;
    async set(_key: string, data: unknown) {
      this.stored = data;
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
});
