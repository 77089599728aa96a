import { describe, expect, test } from "vitest";
import { isSameOrigin } from "@/lib/http/same-origin";

function request(headers: Record<string, string>) {
  return new Request("http://localhost:3000/api/papers/x/vote", { method: "PUT", headers });
}

describe("isSameOrigin", () => {
  test.each([
    ["our own page", { origin: "http://localhost:3000", host: "localhost:3000" }, true],
    [
      "the public origin behind a proxy",
      { origin: "https://papers.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "papers.example.org" },
      true,
    ],
    ["APP_URL's host", { origin: "http://localhost:3000", host: "127.0.0.1:3000" }, true],
    ["another site", { origin: "https://evil.example", host: "localhost:3000" }, false],
    ["a look-alike host", { origin: "http://localhost:3000.evil.example", host: "localhost:3000" }, false],
    ["another port", { origin: "http://localhost:4000", host: "localhost:3000" }, false],
    ["an opaque origin", { origin: "null", host: "localhost:3000" }, false],
    ["no Origin, cross-site fetch metadata", { host: "localhost:3000", "sec-fetch-site": "cross-site" }, false],
    ["no Origin, same-site sibling", { host: "localhost:3000", "sec-fetch-site": "same-site" }, false],
    ["no Origin, same origin", { host: "localhost:3000", "sec-fetch-site": "same-origin" }, true],
    ["a program without browser headers", { host: "localhost:3000" }, true],
  ])("%s", (_name, headers, expected) => {
    expect(isSameOrigin(request(headers))).toBe(expected);
  });
});
