import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";

// A seed paper: its title is written M$^3$ViT, with TeX, as on arXiv.
const TITLE = /^M\$\^3\$ViT: Mixture-of-Experts Vision Transformer/;
// What a screen reader hears: KaTeX's spoken form of the formula.
const SPOKEN = /^M cubed ViT: Mixture-of-Experts Vision Transformer/;

type Paper = { id: string; slug: string; title: string };

async function seedPaper(request: APIRequestContext): Promise<Paper> {
  const response = await request.get(`/api/papers/search?q=${encodeURIComponent('"Mixture-of-Experts Vision Transformer"')}`);
  expect(response.status()).toBe(200);
  const { papers } = (await response.json()) as { papers: Paper[] };
  const paper = papers.find((p) => TITLE.test(p.title));
  expect(paper, "the seed's M$^3$ViT paper").toBeDefined();
  return paper!;
}

async function expectNoViolations(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}: ${v.help}`)).toEqual([]);
  }
}

test.describe("math in titles", () => {
  test("the paper page draws the formula as MathML, its heading still reads as words, and no KaTeX reaches the browser", async ({
    page,
  }) => {
    const paper = await seedPaper(page.request);
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text());
    });
    await page.goto(`/papers/${paper.slug}`);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveAccessibleName(SPOKEN);
    const math = heading.locator("math");
    await expect(math).toHaveCount(1);
    await expect(math.locator("msup mn")).toHaveText("3");
    // Drawn by the browser as a superscript: smaller than the letters around it, and raised.
    const [letters, superscript] = await Promise.all([heading.boundingBox(), math.locator("mn").boundingBox()]);
    expect(superscript!.height).toBeGreaterThan(0);
    expect(superscript!.height).toBeLessThan(letters!.height);
    expect(superscript!.y).toBeLessThanOrEqual(letters!.y + letters!.height / 3);
    // The title as written stays in places that cannot hold markup.
    await expect(page).toHaveTitle(`${paper.title} · Papershelf`);
    await expectNoViolations(page);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of await Promise.all(scripts)) expect(script).not.toMatch(/katex/i);
  });

  test("search results draw the formula and keep the marks around it", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("ViT mixture experts vision transformer")}`);
    const heading = page.getByTestId("search-results").getByRole("heading", { name: SPOKEN });
    await expect(heading.locator("math")).toHaveCount(1);
    await expect(heading.locator("mark").first()).toHaveText("ViT");
  });

  test("a collection's items draw the formula, for its owner and on its shared link", async ({ page, browser }) => {
    await signUpAndSignIn(page);
    const paper = await seedPaper(page.request);
    const created = await page.request.post("/api/me/collections", { data: { title: "Mixtures", description: "" } });
    expect(created.status()).toBe(201);
    const { collection } = (await created.json()) as { collection: { id: string } };
    expect((await page.request.put(`/api/me/collections/${collection.id}/items/${paper.id}`)).status()).toBe(200);
    const shared = await page.request.post(`/api/me/collections/${collection.id}/share`, { data: {} });
    const { shareToken } = ((await shared.json()) as { collection: { shareToken: string } }).collection;

    await page.goto(`/collections/${collection.id}`);
    const items = page.getByRole("list", { name: "Papers in this collection" });
    await expect(items.getByRole("heading", { name: SPOKEN }).locator("math")).toHaveCount(1);
    // The owner's controls name the paper as written.
    await expect(items.getByRole("button", { name: `Remove: ${paper.title}` })).toBeVisible();

    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto(`/c/${shareToken}`);
    await expect(
      visitor.getByRole("list", { name: "Papers in this collection" }).getByRole("heading", { name: SPOKEN }).locator("math"),
    ).toHaveCount(1);
    await expectNoViolations(visitor);
    await context.close();
  });
});
