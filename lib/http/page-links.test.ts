import { describe, expect, test } from "vitest";
import { pageLinks } from "@/lib/http/page-links";

describe("pageLinks", () => {
  test.each([
    ["/api/papers", null, null],
    ["/api/papers?limit=5", "abc", '</api/papers?limit=5&cursor=abc>; rel="next"'],
    ["/api/me/inbox?cursor=abc&limit=5", "def", '</api/me/inbox?cursor=def&limit=5>; rel="next", </api/me/inbox?limit=5>; rel="first"'],
    ["/api/me/inbox?cursor=abc", null, '</api/me/inbox>; rel="first"'],
  ])("%s with next %s", (path, next, expected) => {
    expect(pageLinks(new URL(path, "https://papershelf.test"), next)).toBe(expected);
  });
});
