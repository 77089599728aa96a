import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
// @ts-expect-error Next's own copy of the compression middleware, the one it serves with, ships no types.
import compression from "next/dist/compiled/compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerNotModified, needsConditionalAnswer } from "./answer-not-modified.js";

const ETAG = '"abc123"';
const BODY = "<p>the feed</p>".repeat(200);

// As scripts/serve.mjs runs it, in front of a handler that answers as Next does: headers set, then
// the whole payload in one end(), behind Next's compression (gzip when the client accepts it).
let server: Server;
let base: string;
beforeAll(async () => {
  const compress = compression();
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (needsConditionalAnswer(request)) answerNotModified(request, response);
    compress(request as never, response as never, () => {
      if (request.url !== "/no-etag") response.setHeader("ETag", ETAG);
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "s-maxage=3600");
      response.statusCode = request.url === "/missing" ? 404 : 200;
      response.setHeader("Content-Length", Buffer.byteLength(BODY));
      response.end(BODY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// node:http rather than fetch, which adds Cache-Control: no-cache to any request with If-None-Match.
// The body as received: not decompressed.
const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  new Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }>((resolve, reject) => {
    const request = httpRequest(base + path, { method, headers: { "accept-encoding": "identity", ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString("latin1") }),
      );
    });
    request.on("error", reject);
    request.end();
  });

describe("answerNotModified", () => {
  it("answers 304 with no body to a client that holds the ETag, keeping the validators and caching headers", async () => {
    for (const ifNoneMatch of [ETAG, `W/${ETAG}`, `"other", ${ETAG}`, "*"]) {
      const response = await get("/", { "if-none-match": ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.body).toBe("");
      expect(response.headers.etag).toBe(ETAG);
      expect(response.headers["cache-control"]).toBe("s-maxage=3600");
      expect(response.headers["content-length"]).toBeUndefined();
    }
    expect((await get("/", { "if-none-match": ETAG }, "HEAD")).status).toBe(304);
  });

  it("answers 304 also when the client accepts gzip, and sends nothing compressed", async () => {
    // Compression weakens the ETag of what it compresses; a client holding either form gets a 304.
    for (const ifNoneMatch of [ETAG, `W/${ETAG}`]) {
      const response = await get("/", { "accept-encoding": "gzip", "if-none-match": ifNoneMatch });
      expect(response.status).toBe(304);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.body).toBe("");
    }
  });

  it("sends the whole answer for another ETag, a client's no-cache, no ETag, or an answer that is not a 200", async () => {
    const cases: [string, Record<string, string>, number][] = [
      ["/", { "if-none-match": '"stale"' }, 200],
      ["/", { "if-none-match": ETAG, "cache-control": "no-cache" }, 200],
      ["/no-etag", { "if-none-match": ETAG }, 200],
      ["/missing", { "if-none-match": ETAG }, 404],
      ["/", {}, 200],
    ];
    for (const [path, headers, status] of cases) {
      const response = await get(path, headers);
      expect(response.status, JSON.stringify(headers)).toBe(status);
      expect(response.body).toBe(BODY);
    }
    const gzipped = await get("/", { "accept-encoding": "gzip", "if-none-match": '"stale"' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(Buffer.from(gzipped.body, "latin1")).toString()).toBe(BODY);
  });

  it("leaves the router's RSC answers without the page's ETag, which names the HTML", async () => {
    const response = await get("/", { rsc: "1", "if-none-match": ETAG });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.body).toBe(BODY);
  });

  it("is needed only for conditional GET and HEAD requests and RSC requests", () => {
    const request = (method: string, headers: Record<string, string>) => ({ method, headers }) as IncomingMessage;
    expect(needsConditionalAnswer(request("GET", {}))).toBe(false);
    expect(needsConditionalAnswer(request("GET", { "if-none-match": ETAG }))).toBe(true);
    expect(needsConditionalAnswer(request("HEAD", { "if-none-match": ETAG }))).toBe(true);
    expect(needsConditionalAnswer(request("GET", { rsc: "1" }))).toBe(true);
    expect(needsConditionalAnswer(request("POST", { "if-none-match": ETAG }))).toBe(false);
  });
});
