import { describe, expect, it } from "vitest";
import { feedHref } from "@/lib/papers/feed-href";

describe("feedHref", () => {
  it.each([
    [{}, "/"],
    [{ sort: "top" as const }, "/?sort=top"],
    [{ category: "cs.LG" }, "/?category=cs.LG"],
    [{ sort: "new" as const, category: "hep-th", cursor: "abc_1" }, "/?sort=new&category=hep-th&cursor=abc_1"],
    [{ sort: "trending" as const, cursor: "x" }, "/?cursor=x"],
    [{ hasCode: true }, "/?has_code=1"],
    [{ hasCode: false, sort: "top" as const }, "/?sort=top"],
    [{ sort: "new" as const, category: "cs.LG", hasCode: true, cursor: "abc" }, "/?sort=new&category=cs.LG&has_code=1&cursor=abc"],
  ])("%j → %s", (input, expected) => {
    expect(feedHref(input)).toBe(expected);
  });
});
