// What lib/http/route.ts promises, against the real server: bodies stop at the cap however they
// are sent, and per-person answers are never cached.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

const KB = 1024;

/**
 * Sends a chunked body (no Content-Length) of `chunk`s as fast as the server takes them, until it
 * answers or `limit` bytes are sent. The server must answer 413 long before: it stops reading at
 * 64 KB, and a server that stopped reading cannot be sent much more (TCP backpressure).
 */
function sendChunked(baseURL: string, path: string, contentType: string, limit = 256 * 1024 * KB) {
  const url = new URL(path, baseURL);
  const chunk = Buffer.alloc(64 * KB, "a");
  let sent = 0;
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    const request = httpRequest({
      host: url.hostname,
      port: url.port,
      method: "POST",
      path: url.pathname + url.search,
      headers: { "Content-Type": contentType, "Transfer-Encoding": "chunked", "X-Forwarded-For": "10.250.0.1" },
    });
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode!, sent });
    });
    // After the answer, the server closes the connection: writes still in flight may fail then.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const write = () => {
      while (!answered && sent < limit) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!answered) request.end();
    };
    write();
  });
}

test.describe("every route's body cap", () => {
  for (const [path, contentType] of [
    ["/api/auth/signup", "application/json"],
    ["/api/subscriptions", "application/json"],
    ["/api/subscriptions/unsubscribe", "application/x-www-form-urlencoded"],
    ["/api/subscriptions/confirm", "application/x-www-form-urlencoded"],
    ["/api/auth/callback/credentials", "application/x-www-form-urlencoded"],
    ["/api/auth/password-sign-in", "application/x-www-form-urlencoded"],
    ["/api/auth/signup", "application/x-www-form-urlencoded"],
  ] as const) {
    test(`a chunked ${contentType.split("/")[1]} body without end to ${path} gets 413, and the server stops reading`, async ({
      baseURL,
      request,
    }) => {
      const { status, sent } = await sendChunked(baseURL!, path, contentType);
      expect(status).toBe(413);
      expect(sent).toBeLessThan(64 * 1024 * KB);
      // And the site keeps serving.
      expect((await request.get("/api/papers?limit=1")).status()).toBe(200);
    });
  }

  test("a declared Content-Length over the cap is refused before the body is sent", async ({ request }) => {
    const response = await request.post("/api/auth/signup", {
      data: JSON.stringify({ name: "x".repeat(70 * KB) }),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ error: "body: too large" });
  });
});

test.describe("caching", () => {
  test("per-person answers are private and never stored; public reads are left cacheable", async ({ request }) => {
    for (const path of ["/api/me", "/api/me/paper-state?ids=a,b", "/api/me/collections"]) {
      const response = await request.get(path);
      expect([path, response.headers()["cache-control"]]).toEqual([path, "private, no-store"]);
    }
    const papers = await request.get("/api/papers?limit=1");
    expect(papers.status()).toBe(200);
    expect(papers.headers()["cache-control"] ?? "").not.toContain("no-store");
  });
});

test.describe("conditional requests", () => {
  test("a cached page answers a client that holds its ETag with 304 and no body, and anyone else in full", async ({ request }) => {
    // /about is prerendered by the build and changes with no write, so its ETag holds for the test.
    const full = await request.get("/about");
    expect(full.status()).toBe(200);
    const etag = full.headers()["etag"];
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    const notModified = await request.get("/about", { headers: { "if-none-match": etag! } });
    expect(notModified.status()).toBe(304);
    expect(await notModified.body()).toHaveLength(0);
    expect(notModified.headers()["etag"]).toBe(etag);
    const other = await request.get("/about", { headers: { "if-none-match": '"not-this-one"' } });
    expect(other.status()).toBe(200);
    expect(await other.text()).toBe(await full.text());
    // A page rendered at run time and stored in the cache carries one too, from its second answer.
    await request.get("/papers/date/2025-10-29");
    expect((await request.get("/papers/date/2025-10-29")).headers()["etag"]).toMatch(/^"[0-9a-z]+"$/);
  });
});
