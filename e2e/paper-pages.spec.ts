import { expect, test } from "@playwright/test";
import { createPapers, feedOf } from "./helpers/papers";
import { measureSidewaysOverflow } from "./helpers/sideways-overflow";

test.describe("paper and period pages", () => {
  test("opens a paper from the feed with its abstract and Open Graph tags", async ({ page }) => {
    const mine = await createPapers(2, (i, word) => ({
      title: `Simple ${word} models balance recall and throughput, part ${i + 1}`,
      authors: [],
      authorCount: 9,
      upvotes: 12 - i,
    }));
    const { title, slug } = mine.papers[0]!;
    await page.goto(feedOf(mine, "top"));
    await page.getByRole("article").first().getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(`/papers/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Abstract" })).toBeVisible();
    await expect(page.getByText("9 authors")).toBeVisible();
    await expect(page).toHaveTitle(`${title} · Papershelf`);
    // Link previews fetch the page afresh: check the tags of a full load, not of the client navigation.
    await page.reload();
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.{50,}/);
  });

  test("on a 375 px phone the title has the width beside the vote box, and Save sits under it", async ({ page }) => {
    const mine = await createPapers(1, (_, word) => ({
      title: `Simple ${word} attention language models balance the recall-throughput tradeoff`,
    }));
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/papers/${mine.papers[0]!.slug}`);
    const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    const upvote = (await page.getByRole("button", { name: "Upvote" }).boundingBox())!;
    const save = (await page.getByRole("button", { name: "Save", exact: true }).boundingBox())!;
    // Beside the title, Save left it a column of one word a line (160 px of 343).
    expect(title.width).toBeGreaterThan(250);
    expect(title.x).toBeGreaterThan(upvote.x + upvote.width);
    expect(save.y).toBeGreaterThan(title.y + title.height);
    expect(save.x).toBeCloseTo(title.x, 0);
    expect(await measureSidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("gives a friendly 404 for an unknown paper", async ({ page }) => {
    const response = await page.goto("/papers/no-such-paper-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Paper not found" })).toBeVisible();
  });

  test("shows a day's papers by upvotes with previous and next days", async ({ page }) => {
    const mine = await createPapers(3, (i) => ({ upvotes: [3, 7, 5][i] }));
    const [day, next, previous] = [0, 1, -1].map((offset) => {
      const date = new Date(`${mine.day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + offset);
      return date.toISOString().slice(0, 10);
    });
    await page.goto(`/papers/date/${day}`);
    await expect(page.getByRole("heading", { level: 1, name: "Daily Papers" })).toBeVisible();
    const label = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
    // The period's line, not a card's date: in May the short and long forms are the same.
    await expect(page.getByText(new RegExp(`^${label} ·`))).toBeVisible();
    const cards = page.getByRole("article");
    await expect(cards.getByLabel(/upvotes$/)).toHaveText(["7", "5", "3"]);
    await expect(cards.getByRole("heading")).toHaveText([1, 2, 0].map((i) => mine.papers[i]!.title));
    await page.getByRole("link", { name: /Next day/ }).click();
    await expect(page).toHaveURL(`/papers/date/${next}`);
    await expect(page.getByText("No papers were listed on this day.")).toBeVisible();
    await page.getByRole("link", { name: /Previous day/ }).click();
    await expect(page).toHaveURL(`/papers/date/${day}`);
    await page.getByRole("link", { name: /Previous day/ }).click();
    await expect(page).toHaveURL(`/papers/date/${previous}`);
  });

  // Newest period: the seed's newest papers are listed on 2025-10-29, and tests add only older ones.
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
