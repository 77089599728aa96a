import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createPapers, feedOf } from "./helpers/papers";
import { measureSidewaysOverflow } from "./helpers/sideways-overflow";

test.describe("the feed", () => {
  test("shows 30 papers a page with working sorts and paging", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Trending papers" })).toBeVisible();
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(30);

    // The rest on papers of this test only, so every page is known exactly: 35 papers with
    // 0 to 34 upvotes, in a shuffled order.
    const mine = await createPapers(35, (i) => ({ upvotes: (i * 11) % 35 }));
    const byUpvotes = [...mine.papers].sort((a, b) => b.upvotes - a.upvotes).map((p) => p.title);
    await page.goto(`/?category=${mine.category}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trending papers in ${mine.category}`);
    await expect(cards).toHaveCount(30);
    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Top" }).click();
    await expect(page).toHaveURL(`/?sort=top&category=${mine.category}`);
    await expect(page.getByRole("link", { name: "Top" })).toHaveAttribute("aria-current", "page");
    await expect(cards.getByRole("heading")).toHaveText(byUpvotes.slice(0, 30));
    await expect(cards.first().getByLabel("34 upvotes")).toBeVisible();

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?sort=top&category=${mine.category}&cursor=[\\w-]+$`));
    await expect(cards.getByRole("heading")).toHaveText(byUpvotes.slice(30));
    await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await page.getByRole("link", { name: "First page" }).click();
    await expect(cards.getByRole("heading")).toHaveText(byUpvotes.slice(0, 30));
  });

  test("orders New by date", async ({ page }) => {
    const mine = await createPapers(5, (i) => ({ daysEarlier: [3, 0, 9, 1, 4][i] }));
    const newestFirst = [...mine.papers].sort((a, b) => b.listedAt.getTime() - a.listedAt.getTime());
    await page.goto(feedOf(mine, "new"));
    const cards = page.getByRole("article");
    await expect(cards.getByRole("heading")).toHaveText(newestFirst.map((p) => p.title));
    const dates = await cards.locator("time").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime")!));
    expect(dates).toEqual(newestFirst.map((p) => p.listedAt.toISOString().slice(0, 10)));
  });

  test("after the page and its scripts, the only request is the one for the viewer's state", async ({ page }) => {
    const mine = await createPapers(30);
    const requests: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith("/_next/static/") && r.resourceType() !== "document") requests.push(url.pathname + url.search);
    });
    const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
    await page.goto(feedOf(mine));
    await state;
    // Long enough for a straggler (a prefetch, a second per-viewer request) to have started.
    await page.waitForTimeout(1000);
    // The browser's own asks for the site's icons and manifest are not the page's.
    const fromPage = requests.filter((r) => !/^\/(favicon|icon|apple-icon|manifest)/.test(r));
    expect(fromPage).toEqual([expect.stringMatching(/^\/api\/me\/paper-state\?ids=/)]);
  });

  test("focuses search with the / key", async ({ page }) => {
    await page.goto("/");
    const searchbox = page.getByRole("searchbox", { name: "Search papers" });
    // The shortcut exists once the page has hydrated; retry until then.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(searchbox).toBeFocused({ timeout: 500 });
    }).toPass();
    await expect(searchbox).toHaveValue("");
  });

  test("has no detectable accessibility violations, light and dark", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test("fits a 375 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    expect(await measureSidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
