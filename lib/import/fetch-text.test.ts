import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchText, retryAfterMs } from "@/lib/import/fetch-text";
import { ImportError } from "@/lib/import/import-error";
import { findFreePort } from "@/scripts/lib/embedded-db";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());

const fast = { source: "the arXiv API", baseDelayMs: 10, timeoutMs: 2000 };
const url = () => `${upstream.arxivApiUrl}?id_list=2310.06825`;

describe("retryAfterMs", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it.each([
    [null, null],
    ["", null],
    ["0", 0],
    ["7", 7000],
    ["Wed, 01 Jan 2025 00:00:30 GMT", 30_000],
    ["Tue, 31 Dec 2024 23:00:00 GMT", 0],
    ["soon", null],
  ])("reads %j", (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe("fetchText", () => {
  it("returns the body", async () => {
    expect(await fetchText(url(), fast)).toContain("<title>Mistral 7B</title>");
  });

  it.each([429, 502, 503, 504])("retries after %i and succeeds", async (status) => {
    const before = upstream.requests.length;
    upstream.script({ status }, { status });
    expect(await fetchText(url(), fast)).toContain("Mistral 7B");
    expect(upstream.requests.length - before).toBe(3);
  });

  it("waits as long as Retry-After says", async () => {
    upstream.script({ status: 503, headers: { "retry-after": "1" } });
    const started = Date.now();
    await fetchText(url(), fast);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("backs off exponentially without Retry-After", async () => {
    upstream.script({ status: 429 }, { status: 429 }, { status: 429 });
    const started = Date.now();
    await fetchText(url(), { ...fast, baseDelayMs: 100 });
    // Waits of at least 50 + 100 + 200 ms (jitter takes at most half of each).
    expect(Date.now() - started).toBeGreaterThanOrEqual(340);
  });

  it("gives up after the last retry, saying how often it tried", async () => {
    upstream.script({ status: 503 }, { status: 503 }, { status: 503 });
    await expect(fetchText(url(), { ...fast, retries: 2 })).rejects.toThrow(
      /^the arXiv API answered HTTP 503 Service Unavailable for http:\/\/127\.0\.0\.1:\d+\/api\/query \(gave up after 3 attempts\)$/,
    );
  });

  it("refuses to wait for a Retry-After beyond the limit", async () => {
    const before = upstream.requests.length;
    upstream.script({ status: 429, headers: { "retry-after": "3600" } });
    await expect(fetchText(url(), fast)).rejects.toThrow(
      /answered HTTP 429 Too Many Requests .* and asked to retry in 3600 s; try again later$/,
    );
    expect(upstream.requests.length - before).toBe(1);
  });

  it.each([400, 403, 404, 500])("does not retry HTTP %i", async (status) => {
    const before = upstream.requests.length;
    upstream.script({ status });
    const failure = fetchText(url(), fast);
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(new RegExp(`answered HTTP ${status} `));
    expect(upstream.requests.length - before).toBe(1);
  });

  it("times out a server that does not answer, then retries", async () => {
    upstream.script({ status: 200, body: "late", delayMs: 1500 }, { status: 200, body: "late", delayMs: 1500 });
    await expect(fetchText(url(), { ...fast, timeoutMs: 300, retries: 1 })).rejects.toThrow(
      /^the arXiv API did not answer within 300 ms .*gave up after 2 attempts/,
    );
    upstream.script({ status: 200, body: "late", delayMs: 1500 });
    expect(await fetchText(url(), { ...fast, timeoutMs: 300, retries: 1 })).toContain("Mistral 7B");
  });

  it("explains a server that is not there", async () => {
    const port = await findFreePort();
    await expect(fetchText(`http://127.0.0.1:${port}/api/query`, { ...fast, retries: 1 })).rejects.toThrow(
      new RegExp(
        `^could not reach the arXiv API at http://127\\.0\\.0\\.1:${port}/api/query: .*ECONNREFUSED.* \\(gave up after 2 attempts\\)$`,
      ),
    );
  });
});
