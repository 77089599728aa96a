import { expect, test } from "@playwright/test";
import Parser from "rss-parser";
import { createPapers } from "./helpers/papers";

test.describe("feeds", () => {
  test("the Atom feed lists the newest papers, and feed readers find it", async ({ page, request }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = await new Parser().parseString(await response.text());
    expect(feed.title).toBe("Papershelf: new papers");
    expect(feed.items).toHaveLength(30);
    // The newest paper leads (other tests' imports are older than the seed's newest papers).
    const api = await (await request.get("/api/papers?sort=new&limit=1")).json();
    expect(feed.items[0]!.title).toBe(api.papers[0].title);
    for (const item of feed.items) expect(item.link).toMatch(/^http:\/\/localhost:\d+\/papers\/[a-z0-9-]+$/);

    await page.goto("/");
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    expect(href).toMatch(/\/feed\.xml$/);
  });

  test("the RSS feed says the same", async ({ request }) => {
    const feed = await new Parser().parseString(await (await request.get("/rss.xml")).text());
    const atom = await new Parser().parseString(await (await request.get("/feed.xml")).text());
    expect(feed.items.map((i) => i.link)).toEqual(atom.items.map((i) => i.link));
    expect(feed.items[0]!.pubDate).toBeTruthy();
  });

  test("each category has its own feed", async ({ request }) => {
    const mine = await createPapers(3, (i) => ({ daysEarlier: i }));
    const feed = await new Parser().parseString(await (await request.get(`/feed.xml?category=${mine.category}`)).text());
    expect(feed.title).toBe(`Papershelf: new papers in ${mine.category}`);
    expect(feed.items.map((item) => item.title)).toEqual(mine.papers.map((p) => p.title));
    expect(feed.items.map((item) => item.link)).toEqual(mine.papers.map((p) => expect.stringMatching(new RegExp(`/papers/${p.slug}$`))));
    // Nobody lists a paper in astro-ph.CO.
    const empty = await new Parser().parseString(await (await request.get("/feed.xml?category=astro-ph.CO")).text());
    expect(empty.items).toHaveLength(0);
    const bad = await request.get("/rss.xml?category=%3Cscript%3E");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ error: "category: must be an arXiv category like cs.LG" });
  });
});
