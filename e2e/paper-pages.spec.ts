import { expect, test } from "@playwright/test";

test.describe("paper and period pages", () => {
  test("opens a paper from the feed with its abstract and Open Graph tags", async ({ page }) => {
    await page.goto("/?sort=top");
    await page
      .getByRole("article")
      .first()
      .getByRole("link", { name: /Simple linear attention/ })
      .click();
    await expect(page).toHaveURL(/\/papers\/simple-linear-attention-language-models/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Simple linear attention language models/);
    await expect(page.getByRole("heading", { name: "Abstract" })).toBeVisible();
    await expect(page.getByText("9 authors")).toBeVisible();
    await expect(page).toHaveTitle(/Simple linear attention .* · Papershelf/);
    // Link previews fetch the page afresh: check the tags of a full load, not of the client navigation.
    await page.reload();
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Simple linear attention/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.{50,}/);
  });

  test("gives a friendly 404 for an unknown paper", async ({ page }) => {
    const response = await page.goto("/papers/no-such-paper-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Paper not found" })).toBeVisible();
  });

  test("shows a day's papers by upvotes with previous and next days", async ({ page }) => {
    await page.goto("/papers/date/2023-10-26");
    await expect(page.getByRole("heading", { level: 1, name: "Daily Papers" })).toBeVisible();
    await expect(page.getByText("October 26, 2023")).toBeVisible();
    const counts = await page
      .getByRole("article")
      .getByLabel(/upvotes$/)
      .allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a));
    await page.getByRole("link", { name: /Next day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2023-10-27$/);
    await page.getByRole("link", { name: /Previous day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2023-10-26$/);
    await page.getByRole("link", { name: /Previous day/ }).click();
    await expect(page).toHaveURL(/\/papers\/date\/2023-10-25$/);
  });

  test("opens Daily, Weekly and Monthly on the newest period with papers", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Weekly" }).click();
    await expect(page).toHaveURL(/\/papers\/week\/2025-W44$/);
    await expect(page.getByRole("article").first()).toBeVisible();
    await page.goto("/papers/month");
    await expect(page).toHaveURL(/\/papers\/month\/2025-10$/);
    await expect(page.getByRole("article").first()).toBeVisible();
  });

  for (const path of [
    "/papers/date/2023-02-30",
    "/papers/week/2023-W54",
    "/papers/month/2023-13",
    "/papers/date/today!",
    "/?sort=bogus&cursor=x",
  ]) {
    test(`treats ${path} as not found`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
    });
  }
});
