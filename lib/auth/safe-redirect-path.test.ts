import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";

const APP = "http://localhost:3000";

// Known ways to make a "starts with /" check send a browser to another site. Each value is what
// the page receives (the query string already decoded once).
const BYPASSES: [string, string][] = [
  ["protocol-relative", "//evil.example"],
  ["protocol-relative with a path", "//evil.example/signin"],
  ["three slashes", "///evil.example"],
  ["tab between the slashes", "/\t/evil.example"],
  ["newline between the slashes", "/\n/evil.example"],
  ["carriage return between the slashes", "/\r/evil.example"],
  ["leading tab", "\t//evil.example"],
  ["leading space", " //evil.example"],
  ["backslash", "/\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["backslash then slash", "\\/evil.example"],
  ["slash backslash slash", "/\\/evil.example"],
  ["encoded backslash", "/%5Cevil.example"],
  ["encoded backslash, lower case", "/%5cevil.example"],
  ["encoded tab", "/%09/evil.example"],
  ["encoded newline", "/%0a/evil.example"],
  ["encoded slash after slash", "/%2F/evil.example"],
  ["double-encoded slash", "/%252F/evil.example"],
  ["double-encoded tab", "/%2509/evil.example"],
  ["scheme without slashes", "https:evil.example"],
  ["scheme with one slash", "https:/evil.example"],
  ["absolute URL", "https://evil.example/"],
  ["upper-case scheme", "HTTPS://evil.example"],
  ["javascript:", "javascript:alert(document.domain)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["dot segment to //", "/.//evil.example"],
  ["parent segment to //", "/a/..//evil.example"],
  ["encoded dot segments", "/%2e%2e//evil.example"],
  ["NUL byte", "/\u0000/evil.example"],
  ["DEL", "/\u007f/evil.example"],
  ["C1 control", "/\u0085/evil.example"],
  ["no-break space", "/\u00a0/evil.example"],
  ["ideographic space", "/\u3000/evil.example"],
  ["line separator", "/\u2028/evil.example"],
  ["zero-width space", "/\u200b/evil.example"],
  ["byte-order mark", "\ufeff//evil.example"],
  ["right-to-left override", "/\u202e/elpmaxe.live"],
  ["no leading slash", "evil.example"],
  ["empty", ""],
];

// Values a real page sends: each must come back as the same path.
const KEPT: string[] = [
  "/",
  "/about",
  "/?sort=top",
  "/feed/top/2025-W44",
  "/search?q=state%20space&sort=new",
  "/collections/cm3abc123",
  "/c/AbC_-123?x=1#notes",
  "/u/reader-1a2b",
  "/papers/2310.06825",
];

describe("safeRedirectPath", () => {
  test.each(BYPASSES)("refuses %s: %j", (_name, value) => {
    expect(safeRedirectPath(value)).toBe("/");
    expect(safeRedirectPath(value, APP)).toBe("/");
    expect(safeCallbackUrl(value)).toBe("/");
  });

  test.each(KEPT)("keeps %s", (value) => {
    expect(safeRedirectPath(value)).toBe(value);
    expect(safeRedirectPath(value, APP)).toBe(value);
    expect(safeCallbackUrl(value)).toBe(value);
  });

  test("refuses missing values and accepts absolute URLs only of our own origin", () => {
    for (const value of [null, undefined]) expect(safeRedirectPath(value)).toBe("/");
    // A hand-typed space is encoded, not refused.
    expect(safeRedirectPath("/search?q=state space")).toBe("/search?q=state%20space");
    expect(safeRedirectPath(`${APP}/about?x=1`, APP)).toBe("/about?x=1");
    expect(safeRedirectPath(`${APP}/about`)).toBe("/");
    for (const other of ["http://localhost:3001/about", "https://localhost:3000/about", "http://localhost:3000.evil.example/"])
      expect(safeRedirectPath(other, APP)).toBe("/");
  });

  test("whatever the input, the answer is a path that a browser resolves onto our own origin", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      " ",
      "%",
      "2",
      "5",
      "c",
      "F",
      "0",
      "9",
      ".",
      ":",
      "@",
      "evil",
      "?",
      "#",
      "\u3000",
      "https",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), (pieces) => {
        const path = safeRedirectPath(pieces.join(""), APP);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//") || /[\\\s\u0000-\u001f]/.test(path)).toBe(false);
        // What a browser does with it: resolve it against the current page.
        expect(new URL(path, `${APP}/signin`).origin).toBe(APP);
      }),
      { numRuns: 20_000 },
    );
  });
});
