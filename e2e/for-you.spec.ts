import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { recommendationsResponseSchema } from "../lib/api/recommendations-schemas";
import { signUpAndSignIn } from "./helpers/auth";
import { runScript } from "./helpers/cli";
import { createPapers } from "./helpers/papers";

// Two topics of this test's own; the jobs run as an operator runs them (`npm run jobs -- run …`),
// since the server's worker would reach them only at its next scheduled run.
async function createTopics() {
  const ocean = await createPapers(8, (i, word) => ({
    title: `${word} ocean wave forecasting with spectral neural operators, study ${i + 1}`,
    abstract: `We forecast ocean wave heights and swell with ${word} spectral neural operators trained on buoy records; variant ${i + 1} extends the forecast horizon for coastal sea states.`,
    authors: ["Marina Swell", `Author O${i}`],
  }));
  const chess = await createPapers(8, (i, word) => ({
    title: `${word} chess endgame tablebases compressed by search, study ${i + 1}`,
    abstract: `Chess endgame tablebases shrink with ${word} search over king and rook positions; variant ${i + 1} solves more endgames per megabyte of storage.`,
    authors: ["Bishop Knight", `Author C${i}`],
  }));
  return { ocean, chess };
}

async function runJob(name: string) {
  const run = await runScript("jobs", ["run", name]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}

const forYou = (page: Page) => page.getByTestId("paper-list").getByRole("heading", { level: 2 });

test.describe("For you", () => {
  test("three saved papers on one topic bring that topic to the top, each saying why; Not interested takes one out", async ({ page }) => {
    // Two jobs, a sign-in, and axe on the page in light and dark.
    test.setTimeout(120_000);
    const { ocean, chess } = await createTopics();
    await runJob("similar-papers");
    await signUpAndSignIn(page);
    const saved = ocean.papers.slice(0, 3);
    for (const paper of saved) {
      const response = await page.request.post("/api/me/saves", { data: { paperId: paper.id } });
      expect(response.status(), await response.text()).toBe(200);
    }
    // Retrained by this run, or already by the server's worker or a parallel test's run (one at a
    // time: a run that began after the saves ends before this one does).
    expect(await runJob("train-recommendations")).toMatch(/train-recommendations: done in .*: (\d+ readers? retrained|no changes)/);

    await page.goto("/for-you?window=all");
    await expect(page.getByRole("heading", { level: 1, name: "For you" })).toBeVisible();
    const titles = await forYou(page).allTextContents();
    const oceanTitles = new Set(ocean.papers.map((p) => p.title));
    // Five ocean papers are left to recommend: they are the first five.
    expect(
      titles.slice(0, 5).filter((title) => oceanTitles.has(title)),
      titles.join("\n"),
    ).toHaveLength(5);
    for (const paper of saved) expect(titles).not.toContain(paper.title);
    for (const paper of chess.papers) expect(titles.slice(0, 5)).not.toContain(paper.title);
    const firstCard = page.getByTestId("paper-list").locator(".recommendation").first();
    await expect(firstCard.getByTestId("recommendation-reason")).toHaveText(/^Because you saved .+ in Reading list$/);

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include("#main").analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
    }

    // Not interested, from the keyboard: the card folds into a line with Undo, and stays out.
    const first = titles[0]!;
    await page.getByRole("button", { name: `Not interested in ${first}` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: first })).toContainText("You will not see");
    await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
    await page.reload();
    expect(await forYou(page).allTextContents()).not.toContain(first);
    // The server's own worker may have retrained this reader first (it runs every minute, and did in
    // one CI run), and other tests' readers may be retrained by this run too: the page is what must hold.
    expect(await runJob("train-recommendations")).toMatch(/train-recommendations: done in .*: (\d+ readers? retrained|no changes)/);
    await page.reload();
    expect(await forYou(page).allTextContents()).not.toContain(first);
  });

  test("a new reader starts from categories, and More like this collection uses one collection", async ({ page }) => {
    test.setTimeout(120_000);
    const { chess } = await createTopics();
    await runJob("similar-papers");
    await signUpAndSignIn(page);
    await page.goto("/for-you");
    const form = page.getByRole("group", { name: "Start from a few categories" });
    await expect(form).toBeVisible();
    await form.getByRole("checkbox", { name: new RegExp(`^${chess.category.replace(".", "\\.")}`) }).check();
    await page.getByRole("button", { name: "Start with these" }).click();
    await expect(page.getByText(`You chose ${chess.category}`)).toBeVisible();
    await runJob("train-recommendations");
    await page.goto("/for-you?window=all");
    await expect(page.getByTestId("recommendation-reason").first()).toHaveText(`Because you chose ${chess.category}`);

    // One collection as the seed, from its own page.
    const created = await page.request.post("/api/me/collections", { data: { title: "Endgames" } });
    expect(created.status(), await created.text()).toBe(201);
    const { collection } = (await created.json()) as { collection: { id: string } };
    for (const paper of chess.papers.slice(0, 3)) {
      const added = await page.request.put(`/api/me/collections/${collection.id}/items/${paper.id}`);
      expect(added.status(), await added.text()).toBeLessThan(300);
    }
    await page.goto(`/collections/${collection.id}`);
    await page.getByRole("link", { name: "More like this collection" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("More like “Endgames”");
    await page.getByRole("link", { name: "Any time" }).click();
    await expect(page).toHaveURL(/window=all/);
    await expect(page.getByRole("link", { name: "Any time" })).toHaveAttribute("aria-current", "page");
    const titles = await forYou(page).allTextContents();
    const chessTitles = new Set(chess.papers.slice(3).map((p) => p.title));
    expect(
      titles.slice(0, 5).filter((title) => chessTitles.has(title)),
      titles.join("\n"),
    ).toHaveLength(5);
    await expect(page.getByTestId("recommendation-reason").first()).toHaveText(/^Because you saved .+ in Endgames$/);
  });

  test("the API: signed out 401, bad input 400, someone else's collection 404, and the answer's shape", async ({ page, browser }) => {
    expect((await page.request.get("/api/me/recommendations")).status()).toBe(401);
    await signUpAndSignIn(page);
    const answer = await page.request.get("/api/me/recommendations?window=all&limit=5");
    expect(answer.status()).toBe(200);
    const body = recommendationsResponseSchema.parse(await answer.json());
    expect(body.papers.length).toBeLessThanOrEqual(5);
    for (const [query, message] of [
      ["window=month", 'window: must be "week" or "all"'],
      ["limit=0", "limit: must be at least 1"],
      ["limit=51", "limit: must be at most 50"],
    ] as const) {
      const bad = await page.request.get(`/api/me/recommendations?${query}`);
      expect(bad.status(), query).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toBe(message);
    }
    // Another reader's collection is not a seed anyone else can use.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUpAndSignIn(otherPage);
    const theirs = await otherPage.request.post("/api/me/collections", { data: { title: "Mine alone" } });
    const { collection } = (await theirs.json()) as { collection: { id: string } };
    await other.close();
    expect((await page.request.get(`/api/me/recommendations?collection=${collection.id}`)).status()).toBe(404);
    expect((await page.request.put("/api/me/dismissals/no-such-paper")).status()).toBe(404);
  });
});
