import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { fakeAddress, signUpAndSignIn, uniqueUser } from "./helpers/auth";
import { createPapers, feedOf, type TestPaper } from "./helpers/papers";

// Upvote and Save are forms: a press before the page's script has run, or with script off,
// posts and is counted once; with script they stay optimistic. Every test uses its own papers
// (e2e/helpers/papers.ts), so counts are exact.

async function upvotesOf(request: APIRequestContext, paper: TestPaper): Promise<number> {
  const response = await request.get(`/api/papers/${paper.id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { upvotes: number }).upvotes;
}

async function stateOf(context: BrowserContext, paper: TestPaper) {
  const response = await context.request.get(`/api/me/paper-state?ids=${paper.id}`);
  expect(response.status()).toBe(200);
  const state = (await response.json()) as { votes: string[]; saved: string[] };
  return { voted: state.votes.includes(paper.id), saved: state.saved.includes(paper.id) };
}

function cardOf(page: Page, paper: TestPaper) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: paper.title }) });
}

/** A signed-in person whose browser runs no script. */
async function noScriptReader(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await signUpAndSignIn(context);
  return { context, page: await context.newPage() };
}

test.describe("without JavaScript", () => {
  test("Upvote counts once, returns to the card and shows the new count", async ({ browser, baseURL, request }) => {
    const mine = await createPapers(3, (i) => ({ upvotes: 10 + i }));
    const paper = mine.papers[1]!;
    const { context, page } = await noScriptReader(browser, baseURL);
    const feed = feedOf(mine, "top");
    await page.goto(feed);
    await cardOf(page, paper).getByRole("button", { name: "Upvote" }).click();
    await page.waitForURL((url) => url.hash === `#paper-${paper.id}`);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(feed);
    // The page it comes back to is fresh: the reader sees their vote counted.
    await expect(cardOf(page, paper).getByLabel(/upvotes$/)).toHaveText(String(paper.upvotes + 1));
    // Pressing again (the page cannot show it was pressed) changes nothing.
    await cardOf(page, paper).getByRole("button", { name: "Upvote" }).click();
    await page.waitForLoadState();
    expect(await upvotesOf(request, paper)).toBe(paper.upvotes + 1);
    expect(await stateOf(context, paper)).toEqual({ voted: true, saved: false });
    await context.close();
  });

  test("Save puts the paper in the Reading list and returns; Save to… is not offered", async ({ browser, baseURL }) => {
    const mine = await createPapers(2);
    const paper = mine.papers[0]!;
    const { context, page } = await noScriptReader(browser, baseURL);
    await page.goto(`/papers/${paper.slug}`);
    await expect(page.getByRole("button", { name: "Save to…" })).toBeHidden();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/papers/${paper.slug}` && url.hash === `#paper-${paper.id}`);
    expect(await stateOf(context, paper)).toEqual({ voted: false, saved: true });
    await page.goto("/collections");
    await expect(page.getByRole("link", { name: /Reading list/ })).toBeVisible();
    await context.close();
  });

  test("signed out, a press goes to sign-in, which comes back to the page", async ({ browser, baseURL, request }) => {
    const mine = await createPapers(2, () => ({ upvotes: 5 }));
    const paper = mine.papers[0]!;
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await noScript.newPage();
    const feed = feedOf(mine, "new");
    await page.goto(feed);
    await cardOf(page, paper).getByRole("button", { name: "Upvote" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(feed);
    expect(await upvotesOf(request, paper)).toBe(5);
    await noScript.close();
  });

  test("the header offers Sign in instead of a skeleton, and more opens the paper page", async ({ browser, baseURL }) => {
    const mine = await createPapers(1, () => ({ abstract: `A long abstract. ${"Words that go on and on. ".repeat(30)}The very end.` }));
    const paper = mine.papers[0]!;
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(feedOf(mine, "new"));
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    const card = cardOf(page, paper);
    await expect(card).not.toContainText("The very end.");
    await card.getByRole("link", { name: "more" }).click();
    await page.waitForURL(`**/papers/${paper.slug}`);
    await expect(page.getByText("The very end.")).toBeVisible();
    await noScript.close();
  });

  test("search shows its results, and the search box and sorts work", async ({ browser, baseURL }) => {
    const mine = await createPapers(2, (i, word) => ({ title: `Lattice ${word} number ${i + 1}` }));
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto("/search");
    await page.getByRole("searchbox").first().fill(mine.word);
    await page.getByRole("searchbox").first().press("Enter");
    await page.waitForURL(`**/search?q=${mine.word}*`);
    for (const paper of mine.papers) await expect(page.getByRole("heading", { name: paper.title })).toBeVisible();
    await page.getByRole("link", { name: "Newest", exact: true }).click();
    await expect(page).toHaveURL(/sort=new/);
    await expect(page.getByRole("heading", { name: mine.papers[1]!.title })).toBeVisible();
    await noScript.close();
  });
  test("signs up and signs in with the forms; a wrong password says so; no password in any address", async ({ browser, baseURL }) => {
    const noScript = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      extraHTTPHeaders: { "X-Forwarded-For": fakeAddress() },
    });
    const page = await noScript.newPage();
    const visited: string[] = [];
    page.on("request", (request) => visited.push(request.url()));
    const user = uniqueUser();
    const back = "/search?q=state space";
    // Cached pages show no one's name without script; the session is what sign-in leaves.
    const signedInAs = async () =>
      ((await (await noScript.request.get("/api/me")).json()) as { user: { username: string } | null }).user?.username;

    await page.goto(`/signup?callbackUrl=${encodeURIComponent(back)}`);
    await page.getByLabel("Display name").fill(user.name);
    await page.getByLabel("Username").fill(user.username);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/search");
    expect(new URL(page.url()).searchParams.get("q")).toBe("state space");
    expect(await signedInAs()).toBe(user.username);

    await noScript.clearCookies();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(back)}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`${user.password} wrong`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    expect(await signedInAs()).toBeUndefined();
    // Back on the form, still bound for the same page.
    const callback = new URL(new URL(page.url()).searchParams.get("callbackUrl")!, page.url());
    expect([callback.pathname, callback.searchParams.get("q")]).toEqual(["/search", "state space"]);

    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/search");
    expect(await signedInAs()).toBe(user.username);

    expect(visited.filter((url) => url.includes(encodeURIComponent(user.password)) || url.includes("password="))).toEqual([]);
    await noScript.close();
  });
});

test.describe("with JavaScript", () => {
  test("more shows the whole abstract in place, and less folds it", async ({ page }) => {
    const mine = await createPapers(1, () => ({ abstract: `A long abstract. ${"Words that go on and on. ".repeat(30)}The very end.` }));
    // The islands ask for the viewer's state once hydrated; before that "more" is a plain link.
    const hydrated = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
    await page.goto(feedOf(mine, "new"));
    await hydrated;
    const card = cardOf(page, mine.papers[0]!);
    const more = card.getByRole("link", { name: "more" });
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await more.click();
    await expect(card).toContainText("The very end.");
    expect(new URL(page.url()).pathname).toBe("/");
    await card.getByRole("link", { name: "less" }).click();
    await expect(card).not.toContainText("The very end.");
  });

  test("a press after hydration stays on the page (no form post) and counts once", async ({ page, request }) => {
    const mine = await createPapers(1, () => ({ upvotes: 2 }));
    const paper = mine.papers[0]!;
    await signUpAndSignIn(page);
    const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
    await page.goto(feedOf(mine, "new"));
    await state;
    let navigated = false;
    page.on("framenavigated", () => (navigated = true));
    const vote = page.waitForResponse((r) => r.url().includes("/vote") && r.request().method() === "PUT");
    await cardOf(page, paper).getByRole("button", { name: "Upvote" }).click();
    await vote;
    await expect(cardOf(page, paper).getByLabel(/upvotes$/)).toHaveText("3");
    expect(navigated).toBe(false);
    expect(await upvotesOf(request, paper)).toBe(3);
  });
});

test("12 people pressing Upvote at once before the page's script has run are counted exactly once each", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  const mine = await createPapers(1, () => ({ upvotes: 0 }));
  const paper = mine.papers[0]!;
  const feed = feedOf(mine, "new");
  // Every reader's scripts wait until all of them have pressed: the presses land before hydration.
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  const readers = await Promise.all(
    Array.from({ length: 12 }, async () => {
      const context = await browser.newContext({ baseURL });
      await signUpAndSignIn(context);
      const reader = { context, held: 0, page: await context.newPage() };
      await context.route("**/_next/static/**/*.js", async (route) => {
        reader.held += 1;
        await scriptsHeld;
        await route.continue();
      });
      await reader.page.goto(feed, { waitUntil: "domcontentloaded" });
      return reader;
    }),
  );
  // Each page asked for its scripts and got none yet: nothing is hydrated.
  for (const reader of readers) expect(reader.held).toBeGreaterThan(0);
  await Promise.all(
    readers.map(async ({ page }) => {
      // "commit": the page it lands on cannot finish loading while its scripts are held.
      const landed = page.waitForURL((url) => url.hash === `#paper-${paper.id}`, { waitUntil: "commit" });
      await cardOf(page, paper).getByRole("button", { name: "Upvote" }).click({ noWaitAfter: true });
      await landed;
    }),
  );
  release();
  expect(await upvotesOf(request, paper)).toBe(12);
  for (const { context } of readers) expect(await stateOf(context, paper)).toEqual({ voted: true, saved: false });
  await Promise.all(readers.map(({ context }) => context.close()));
});
