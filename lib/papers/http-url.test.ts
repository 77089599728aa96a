import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { httpUrlOrNull } from "@/lib/papers/http-url";

describe("httpUrlOrNull", () => {
  it.each([
    ["https://github.com/org/repo", "https://github.com/org/repo"],
    ["http://example.org/project", "http://example.org/project"],
    ["HTTPS://GitHub.com/Org/Repo", "https://github.com/Org/Repo"],
    ["https://github.com/a b", "https://github.com/a%20b"],
  ])("keeps the web address %s", (input, expected) => {
    expect(httpUrlOrNull(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    "",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "//evil.example/x",
    "/papers/relative",
    "github.com/org/repo",
    "https://github.com@evil.example/",
    "https://user:pass@github.com/org/repo",
    `https://github.com/${"a".repeat(2001)}`,
  ])("drops %j", (input) => {
    expect(httpUrlOrNull(input)).toBeNull();
  });

  it("only ever returns an http(s) URL that parses back to itself", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `${s}:${s}`),
        ),
        (input) => {
          const out = httpUrlOrNull(input);
          if (out === null) return;
          expect(out).toMatch(/^https?:\/\//);
          expect(new URL(out).href).toBe(out);
        },
      ),
    );
  });
});
