import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createPapers } from "./helpers/papers";

const PAPERS = 25;

type Seeded = { word: string; titles: string[]; newest: string; mostUpvoted: string };

/**
 * Papers of this test only, whose titles and abstracts share a made-up word nothing else has
 * (the search page is dynamic, so they show at once). Paper i is listed i % 15 days before the
 * others' day and has (i * 7) % 25 upvotes.
 */
async function seed(): Promise<Seeded> {
  const { papers, word } = await createPapers(PAPERS, (i, word) => ({
    title: `${word[0]!.toUpperCase()}${word.slice(1)} networks, part ${i + 1}`,
    abstract: `We study ${word} networks and what they learn. Part ${i + 1} of a series.`,
    daysEarlier: i % 15,
    upvotes: (i * 7) % 25,
  }));
  const by = (key: (p: (typeof papers)[number]) => number) => [...papers].sort((a, b) => key(b) - key(a))[0]!.title;
  return { word, titles: papers.map((p) => p.title), newest: by((p) => p.listedAt.getTime()), mostUpvoted: by((p) => p.upvotes) };
}

async function titles(page: Page): Promise<string[]> {
  return page.getByTestId("search-results").getByRole("article").getByRole("heading").allTextContents();
}

test.describe("search", () => {
  test("from the header with /: highlighted results, sorts and pages", async ({ page }) => {
    const { word, titles: all, newest, mostUpvoted } = await seed();
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search papers" });
    // The shortcut works once the page is hydrated; until then a press does nothing.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(box).toBeFocused({ timeout: 500 });
    }).toPass();
    await box.fill(word);
    await box.press("Enter");

    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${word}”`);
    await expect(box).toHaveValue(word);
    const results = page.getByTestId("search-results").getByRole("article");
    await expect(results).toHaveCount(20);
    // The word is marked in the title and in the abstract snippet of every result.
    for (const card of await results.all()) {
      await expect(card.getByRole("heading").locator("mark")).toHaveText(new RegExp(`^${word}$`, "i"));
      await expect(card.locator("p mark").first()).toHaveText(word);
    }

    const sorts = page.getByRole("navigation", { name: "Sort results" });
    await sorts.getByRole("link", { name: "Newest" }).click();
    await expect(page).toHaveURL(/sort=new/);
    await expect(sorts.getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "page");
    await expect(results.first().getByRole("heading")).toHaveText(newest);
    const dates = await results.locator("time").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime")!));
    expect(dates).toEqual([...dates].sort().reverse());

    await sorts.getByRole("link", { name: "Most upvoted" }).click();
    await expect(page).toHaveURL(/sort=top/);
    await expect(results.first().getByRole("heading")).toHaveText(mostUpvoted);

    const firstPage = await titles(page);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/sort=top&cursor=/);
    await expect(results).toHaveCount(PAPERS - 20);
    const secondPage = await titles(page);
    expect(new Set([...firstPage, ...secondPage])).toEqual(new Set(all));
    await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await page.getByRole("link", { name: "First page" }).click();
    await expect(results).toHaveCount(20);
  });

  test("updates the results while typing, the last word as a prefix", async ({ page }) => {
    const { word } = await seed();
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search papers");
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.pressSequentially(`networks ${word.slice(0, 6)}`, { delay: 20 });
    await expect(page).toHaveURL(new RegExp(`q=networks\\+${word.slice(0, 6)}`));
    await expect(page.getByTestId("search-results").getByRole("article")).toHaveCount(20);
    await expect(box).toHaveValue(`networks ${word.slice(0, 6)}`);
  });

  test("suggests the right spelling, and says plainly when nothing matches", async ({ page }) => {
    const { word } = await seed();
    const misspelled = word.slice(0, 4) + word.slice(5);
    await page.goto(`/search?q=${misspelled}%20`);
    const status = page.getByRole("status").filter({ hasText: "No papers match" });
    await expect(status).toContainText(`No papers match “${misspelled}”. Showing results for ${word}.`);
    await status.getByRole("link", { name: word }).click();
    await expect(page).toHaveURL(new RegExp(`q=${word}`));
    await expect(page.getByRole("searchbox", { name: "Search papers" })).toHaveValue(word);
    await expect(page.getByRole("status").filter({ hasText: "No papers match" })).toHaveCount(0);

    await page.goto("/search?q=qqqqxxxx%20zzzzvvvv");
    await expect(page.getByTestId("no-results")).toContainText("No papers match “qqqqxxxx zzzzvvvv”.");
  });

  test("the API returns highlights, and 400 with a message for bad input", async ({ request }) => {
    const { word } = await seed();
    const response = await request.get(`/api/papers/search?q=${word}&limit=3&sort=new`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      papers: { highlight: { title: { text: string; match?: true }[] } }[];
      nextCursor: string | null;
    };
    expect(body.papers).toHaveLength(3);
    expect(body.papers[0]!.highlight.title.find((p) => p.match)?.text.toLowerCase()).toBe(word);
    expect(body.nextCursor).toEqual(expect.any(String));

    for (const [query, status] of [
      ["q=%00%27%22%5C%3A*%26%7C!", 200],
      [`q=${"x".repeat(251)}`, 400],
      ["q=x&limit=101", 400],
    ] as const) {
      const bad = await request.get(`/api/papers/search?${query}`);
      expect(bad.status(), query).toBe(status);
      if (status === 400) expect((await bad.json()).error).toEqual(expect.any(String));
    }
  });

  test("has no detectable accessibility violations, light and dark", async ({ page }) => {
    const { word } = await seed();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/search?q=${word}`);
      await expect(page.getByTestId("search-results").getByRole("article").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });
});
