import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, fetchJson } from "@/lib/client/fetch-json";

// A real HTTP server on a free port: each path answers one scripted response, and records what it was sent.
type Answer = { status: number; headers?: Record<string, string>; body: string };
const answers: Record<string, Answer> = {
  "/ok": { status: 200, headers: { "Content-Type": "application/json" }, body: '{"collections":[{"id":"c1"}]}' },
  "/created": { status: 201, headers: { "Content-Type": "application/json" }, body: '{"collection":{"id":"c2"}}' },
  "/bad-request": { status: 400, headers: { "Content-Type": "application/json" }, body: '{"error":"title: must not be empty"}' },
  "/not-found": { status: 404, headers: { "Content-Type": "application/json" }, body: '{"error":"No such collection."}' },
  "/signed-out": { status: 401, headers: { "Content-Type": "application/json" }, body: '{"error":"Sign in to do this."}' },
  "/limited": {
    status: 429,
    headers: { "Content-Type": "application/json", "Retry-After": "30" },
    body: '{"error":"Too many votes; try again in 30 seconds."}',
  },
  "/limited-by-proxy": { status: 429, headers: { "Retry-After": "150" }, body: "" },
  "/limited-until": { status: 429, headers: { "Retry-After": new Date(Date.now() + 120_000).toUTCString() }, body: "" },
  "/limited-no-header": { status: 429, body: "slow down" },
  "/gateway": { status: 502, headers: { "Content-Type": "text/html" }, body: "<h1>Bad Gateway</h1>" },
  "/not-json": { status: 200, headers: { "Content-Type": "text/html" }, body: "<!doctype html><p>a login page</p>" },
  "/error-not-a-string": { status: 400, headers: { "Content-Type": "application/json" }, body: '{"error":{"code":1}}' },
};

let server: Server;
let base: string;
let lastRequest: { method?: string; contentType?: string; body: string } | null = null;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void readBody(request).then((body) => {
      lastRequest = { method: request.method, contentType: request.headers["content-type"], body };
      const answer = answers[new URL(request.url!, "http://localhost").pathname] ?? { status: 500, body: "unscripted" };
      response.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(path: string): Promise<ApiError> {
  const error = await fetchJson(`${base}${path}`).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("fetchJson", () => {
  it("answers the JSON body of a successful response", async () => {
    expect(await fetchJson(`${base}/ok`)).toEqual({ collections: [{ id: "c1" }] });
    expect(lastRequest).toMatchObject({ method: "GET", body: "" });
  });

  it("sends a body as JSON, and URLSearchParams as a form", async () => {
    expect(await fetchJson(`${base}/created`, { method: "POST", body: { title: "Reading" } })).toEqual({ collection: { id: "c2" } });
    expect(lastRequest).toEqual({ method: "POST", contentType: "application/json", body: '{"title":"Reading"}' });
    await fetchJson(`${base}/created`, { method: "POST", body: new URLSearchParams({ email: "a@b.c", csrfToken: "t" }) });
    expect(lastRequest).toEqual({
      method: "POST",
      contentType: "application/x-www-form-urlencoded;charset=UTF-8",
      body: "email=a%40b.c&csrfToken=t",
    });
  });

  it.each([
    ["/bad-request", 400, "title: must not be empty", null],
    ["/not-found", 404, "No such collection.", null],
    ["/signed-out", 401, "Your session has ended. Sign in again.", null],
    ["/limited", 429, "Too many votes; try again in 30 seconds.", 30],
    ["/limited-by-proxy", 429, "Too many requests; try again in 3 minutes.", 150],
    ["/limited-no-header", 429, "Too many requests; try again later.", null],
    ["/gateway", 502, "Something went wrong (HTTP 502).", null],
    ["/not-json", 200, "Something went wrong (HTTP 200).", null],
    ["/error-not-a-string", 400, "Something went wrong (HTTP 400).", null],
  ])("%s: ApiError %i, %j", async (path, status, message, retryAfter) => {
    const error = await failure(path);
    expect({ status: error.status, message: error.message, retryAfter: error.retryAfter }).toEqual({ status, message, retryAfter });
  });

  it("reads a Retry-After given as a date", async () => {
    const error = await failure("/limited-until");
    expect(error.retryAfter).toBeGreaterThan(100);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
    expect(error.message).toBe("Too many requests; try again in 2 minutes.");
  });

  it("says the server could not be reached when nothing answers", async () => {
    // A port that was just free: connecting is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await fetchJson(`http://127.0.0.1:${port}/ok`).then(
      () => null,
      (e: unknown) => e as ApiError,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect({ status: error?.status, message: error?.message }).toEqual({
      status: 0,
      message: "Could not reach the server. Check your connection and try again.",
    });
  });
});
