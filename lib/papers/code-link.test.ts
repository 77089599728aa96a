import { describe, expect, it } from "vitest";
import { codeLink } from "@/lib/papers/code-link";

describe("codeLink", () => {
  it.each([
    ["https://github.com/org/repo", 1234, "Code on GitHub, 1,234 stars", "1.2k"],
    ["https://www.github.com/org/repo", 1, "Code on GitHub, 1 star", "1"],
    ["https://github.com/org/repo", 0, "Code on GitHub, 0 stars", "0"],
    ["https://github.com/org/repo", 999, "Code on GitHub, 999 stars", "999"],
    ["https://github.com/org/repo", 12_345, "Code on GitHub, 12,345 stars", "12.3k"],
    ["https://github.com/org/repo", 1_250_000, "Code on GitHub, 1,250,000 stars", "1.3m"],
    ["https://github.com/org/repo", null, "Code on GitHub", null],
    ["https://gitlab.com/org/repo", 7, "Code on gitlab.com, 7 stars", "7"],
  ])("%s with %j stars", (url, stars, label, short) => {
    expect(codeLink(url, stars)).toEqual({ href: url, label, stars: short });
  });
});
