import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("the feed", () => {
  test("shows 30 papers a page with working sorts and paging", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Trending papers" })).toBeVisible();
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(30);

    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Top" }).click();
    await expect(page).toHaveURL(/\?sort=top$/);
    await expect(page.getByRole("link", { name: "Top" })).toHaveAttribute("aria-current", "page");
    // The seed's most upvoted paper (12 votes) leads the Top sort.
    await expect(cards.first()).toContainText("Simple linear attention language models");
    await expect(cards.first().getByLabel("12 upvotes")).toBeVisible();

    // Other tests vote and import in parallel on the same database, so pages are checked for
    // shape and continuity rather than exact membership.
    const firstPageTitles = await cards.getByRole("heading").allTextContents();
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/sort=top&cursor=/);
    await expect(cards.first()).toBeVisible();
    const secondPageTitles = await cards.getByRole("heading").allTextContents();
    expect(secondPageTitles.length).toBeLessThanOrEqual(30);
    expect(secondPageTitles.filter((t) => firstPageTitles.includes(t)).length).toBeLessThanOrEqual(2);
    let pages = 2;
    while ((await page.getByRole("link", { name: "Next page" }).count()) > 0 && pages < 6) {
      const before = page.url();
      await page.getByRole("link", { name: "Next page" }).click();
      await expect(page).not.toHaveURL(before);
      pages += 1;
    }
    // 90 seed papers and whatever other tests imported: at least three pages, and an end.
    expect(pages).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "First page" })).toBeVisible();
  });

  test("orders New by date", async ({ page }) => {
    await page.goto("/?sort=new");
    const dates = await page
      .getByRole("article")
      .locator("time")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThan(20);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("expands an abstract with more", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("article").first();
    const more = card.getByRole("button", { name: /Show more/ });
    await more.click();
    await expect(card.getByRole("button", { name: /Show less/ })).toHaveAttribute("aria-expanded", "true");
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
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
