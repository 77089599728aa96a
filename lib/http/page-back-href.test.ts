import { describe, expect, it } from "vitest";
import { pageBackHref } from "@/lib/http/page-back-href";

function post(referer?: string): Request {
  return new Request("http://localhost:3000/api/papers/p1/vote", { method: "POST", headers: referer === undefined ? {} : { referer } });
}

describe("pageBackHref", () => {
  it.each([
    ["the page it came from, at the card", "http://localhost:3000/?sort=top&cursor=abc", "/?sort=top&cursor=abc#paper-p1"],
    ["only the path of another origin's URL", "https://evil.example/phish?x=1", "/phish?x=1#paper-p1"],
    ["the fallback without a Referer", undefined, "/papers/p1#paper-p1"],
    ["the fallback for garbage", "not a url", "/papers/p1#paper-p1"],
    ["home for a path that would leave the site", "http://localhost:3000//evil.example/", "/#paper-p1"],
    ["no fragment from the Referer", "http://localhost:3000/search?q=x#top", "/search?q=x#paper-p1"],
  ])("%s", (_name, referer, expected) => {
    expect(pageBackHref(post(referer), "/papers/p1", "paper-p1")).toBe(expected);
  });

  it("leaves the fragment out when none is asked for", () => {
    expect(pageBackHref(post("http://localhost:3000/u/ada"), "/")).toBe("/u/ada");
  });
});
