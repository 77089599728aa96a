import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createPapers, feedOf, type TestPaper } from "./helpers/papers";

// Code and project links, and Hugging Face's count, as readers meet them: on cards, on the paper
// page, and through the feed's "With code" filter, with and without script. Every test uses its own
// papers (e2e/helpers/papers.ts), listed in a category of their own.

function cardOf(page: Page, paper: TestPaper) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: paper.title }) });
}

const titlesOn = (page: Page) => page.getByRole("article").getByRole("heading", { level: 2 }).allInnerTexts();

test.describe("code links", () => {
  test("a card links the code with its stars and the project page, for the ear as for the eye", async ({ page }) => {
    const mine = await createPapers(
      3,
      (i) =>
        [
          { codeUrl: "https://github.com/papershelf-test/quokka", codeStars: 1234, projectUrl: "https://quokka.example/", hfUpvotes: 340 },
          { codeUrl: "https://github.com/papershelf-test/wombat" },
          {},
        ][i]!,
    );
    const [full, bare, none] = mine.papers as [TestPaper, TestPaper, TestPaper];
    await page.goto(feedOf(mine));

    const code = cardOf(page, full).getByRole("link", { name: "Code on GitHub, 1,234 stars" });
    await expect(code).toHaveAttribute("href", "https://github.com/papershelf-test/quokka");
    await expect(code).toHaveAttribute("rel", "nofollow noopener");
    // The short count is drawn by CSS from data-stars, behind a star icon; the name says it in full.
    await expect(code).toHaveText("Code");
    await expect(code).toHaveAttribute("data-stars", "1.2k");
    const project = cardOf(page, full).getByRole("link", { name: "Project page" });
    await expect(project).toHaveAttribute("href", "https://quokka.example/");
    await expect(project).toHaveAttribute("rel", "nofollow noopener");
    // Hugging Face's count is not on the card: the count there is ours.
    await expect(cardOf(page, full)).not.toContainText("340");

    const bareCode = cardOf(page, bare).getByRole("link", { name: "Code on GitHub", exact: true });
    await expect(bareCode).toHaveText("Code");
    await expect(bareCode).not.toHaveAttribute("data-stars");
    await expect(cardOf(page, bare).getByRole("link", { name: "Project page" })).toHaveCount(0);
    await expect(cardOf(page, none).getByRole("link", { name: /^Code/ })).toHaveCount(0);
  });

  test("the paper page shows the code, the project page and Hugging Face's count apart from ours", async ({ page }) => {
    const mine = await createPapers(1, () => ({
      upvotes: 5,
      codeUrl: "https://github.com/papershelf-test/numbat",
      codeStars: 56_789,
      projectUrl: "https://numbat.example/",
      hfUpvotes: 1340,
    }));
    const paper = mine.papers[0]!;
    await page.goto(`/papers/${paper.slug}`);

    const code = page.getByRole("link", { name: "Code on GitHub, 56,789 stars" });
    await expect(code).toHaveAttribute("href", "https://github.com/papershelf-test/numbat");
    await expect(code).toHaveAttribute("data-stars", "56.8k");
    await expect(page.getByRole("link", { name: "Project page" })).toHaveAttribute("href", "https://numbat.example/");
    const hf = page.getByRole("link", { name: "1,340 upvotes on Hugging Face" });
    await expect(hf).toHaveAttribute("href", `https://huggingface.co/papers/${paper.arxivId}`);
    // Ours stays ours: the vote box counts Papershelf's upvotes only.
    await expect(page.getByLabel(/upvotes$/).first()).toHaveText("5");

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test("a link that is not a web address is never rendered", async ({ page, request }) => {
    const mine = await createPapers(1, () => ({ codeUrl: "javascript:alert(1)", projectUrl: "data:text/html,<b>x</b>", codeStars: 3 }));
    const paper = mine.papers[0]!;
    for (const path of [feedOf(mine), `/papers/${paper.slug}`]) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toContain("javascript:alert");
      expect(html, path).not.toContain("data:text/html");
      await page.goto(path);
      await expect(page.getByRole("link", { name: /^Code|Project page/ })).toHaveCount(0);
    }
    const api = (await (await request.get(`/api/papers/${paper.id}`)).json()) as Record<string, unknown>;
    expect([api.codeUrl, api.codeStars, api.projectUrl]).toEqual([null, null, null]);
  });
});

test.describe("the With code filter", () => {
  test("works without JavaScript, with the category, sort and paging, and back", async ({ browser, baseURL }) => {
    // 32 with code, the newest first, among 3 without: two pages of the filtered feed.
    const mine = await createPapers(35, (i) => (i % 12 === 5 ? {} : { codeUrl: `https://github.com/papershelf-test/repo-${i}` }));
    const withCode = mine.papers.filter((_, i) => i % 12 !== 5);
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(feedOf(mine, "new"));
    const toggle = page.getByRole("navigation", { name: "Filter papers" }).getByRole("link", { name: "With code" });
    await expect(toggle).not.toHaveAttribute("aria-current");

    await toggle.click();
    await expect(page).toHaveURL(`/?sort=new&category=${mine.category}&has_code=1`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`New papers with code in ${mine.category}`);
    await expect(toggle).toHaveAttribute("aria-current", "page");
    const first = await titlesOn(page);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/\\?sort=new&category=${mine.category.replace(".", "\\.")}&has_code=1&cursor=`));
    const second = await titlesOn(page);
    expect([...first, ...second]).toEqual(withCode.map((p) => p.title));

    // The sort tabs keep the filter; the toggle takes it off again.
    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Top" }).click();
    await expect(page).toHaveURL(`/?sort=top&category=${mine.category}&has_code=1`);
    await page.getByRole("navigation", { name: "Filter papers" }).getByRole("link", { name: "With code" }).click();
    await expect(page).toHaveURL(`/?sort=top&category=${mine.category}`);
    await expect(page.getByRole("navigation", { name: "Filter papers" }).getByRole("link", { name: "With code" })).not.toHaveAttribute(
      "aria-current",
    );
    expect(await titlesOn(page)).toHaveLength(30);
    await context.close();
  });

  test("is reachable from the keyboard and passes axe", async ({ page }) => {
    const mine = await createPapers(2, (i) => (i === 0 ? { codeUrl: "https://github.com/papershelf-test/kbd", codeStars: 7 } : {}));
    await page.goto(feedOf(mine, "top"));
    const toggle = page.getByRole("link", { name: "With code" });
    // Tab from the last sort tab reaches the toggle next.
    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "New" }).focus();
    await page.keyboard.press("Tab");
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/?sort=top&category=${mine.category}&has_code=1`);
    expect(await titlesOn(page)).toEqual([mine.papers[0]!.title]);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test("a bad has_code is a 404, like a bad category; has_code=0 is the whole feed", async ({ request }) => {
    const mine = await createPapers(2, (i) => (i === 0 ? { codeUrl: "https://github.com/papershelf-test/x" } : {}));
    for (const query of [
      "has_code=yes",
      "has_code=true",
      "has_code=2",
      `has_code=yes&category=${mine.category}`,
      "has_code=1&category=%3Cx%3E",
    ]) {
      expect((await request.get(`/?${query}`)).status(), query).toBe(404);
    }
    const whole = await request.get(`/?has_code=0&category=${mine.category}`);
    expect(whole.status()).toBe(200);
    const html = await whole.text();
    for (const paper of mine.papers) expect(html).toContain(paper.title);
    expect((await request.get(`/api/papers?has_code=yes`)).status()).toBe(400);
  });

  test("search filters by code too", async ({ page }) => {
    const mine = await createPapers(3, (i) => (i === 1 ? { codeUrl: "https://github.com/papershelf-test/search" } : {}));
    await page.goto(`/search?q=${mine.word}&sort=new`);
    const results = page.getByTestId("search-results").getByRole("heading", { level: 2 });
    await expect(results).toHaveCount(3);
    await page.getByRole("navigation", { name: "Filter papers" }).getByRole("link", { name: "With code" }).click();
    await expect(page).toHaveURL(`/search?q=${mine.word}&sort=new&has_code=1`);
    await expect(results).toHaveText([mine.papers[1]!.title]);
  });
});
