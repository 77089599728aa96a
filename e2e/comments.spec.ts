import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { createPapers } from "./helpers/papers";

// Every test comments only on papers it created (e2e/helpers/papers.ts), with its own people.

/** The paper page, once its script runs: the per-viewer request is made after hydration. */
async function openPaper(page: Page, slug: string) {
  const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
  await page.goto(`/papers/${slug}`);
  await state;
  await expect(page.getByRole("heading", { name: /^Discussion/ })).toBeVisible();
}

/** A comment's own article (the paper page is an article too, around all of them). */
function commentBy(page: Page, text: string) {
  return page.getByRole("article", { name: /^Comment by/ }).filter({ hasText: text });
}

async function post(page: Page, text: string) {
  const box = page.getByRole("textbox", { name: "Comment", exact: true });
  await box.fill(text);
  const saved = page.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Post", exact: true }).first().click();
  expect((await saved).status()).toBe(201);
  // The box empties once the page has the answer (the response reaches the network first): text
  // typed before that would be wiped, so the next post waits for it.
  await expect(box).toHaveValue("");
}

test("sign in, post Markdown and math, reply, edit, vote, delete with replies, Best and New", async ({ page, browser, baseURL }) => {
  const { papers } = await createPapers(1);
  const paper = papers[0]!;
  await signUpAndSignIn(page);
  await openPaper(page, paper.slug);

  // Preview renders on the server without saving.
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill("Preview *only*");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview" }).locator("em")).toHaveText("only");
  await page.getByRole("button", { name: "Write" }).click();

  await post(page, "A **bold** claim with $x^2$ and a [link](https://example.org).");
  const first = commentBy(page, "claim with");
  await expect(first.locator("strong")).toHaveText("bold");
  await expect(first.locator("math")).toHaveCount(1);
  await expect(first.getByRole("link", { name: "link" })).toHaveAttribute("rel", "nofollow ugc noopener");
  await expect(page.getByRole("heading", { name: /^Discussion/ })).toContainText("(1)");

  // A reply from someone else, who upvotes the first comment.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signUpAndSignIn(otherPage);
  await openPaper(otherPage, paper.slug);
  await commentBy(otherPage, "claim with").getByRole("link", { name: "Reply" }).first().click();
  await otherPage.getByRole("textbox", { name: "Reply" }).fill("I *disagree*.");
  const replied = otherPage.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
  await otherPage.getByRole("button", { name: "Post", exact: true }).last().click();
  expect((await replied).status()).toBe(201);
  await expect(commentBy(otherPage, "disagree").locator("em")).toHaveText("disagree");
  const upvote = commentBy(otherPage, "claim with")
    .getByRole("button", { name: /^Upvote/ })
    .first();
  await upvote.click();
  await expect(upvote).toHaveAttribute("aria-pressed", "true");
  await expect(upvote).toHaveAccessibleName("Upvote, 1 upvote");
  // Not theirs: no Edit or Delete on the first comment.
  await expect(commentBy(otherPage, "claim with").getByRole("button", { name: "Edit" })).toHaveCount(0);

  // The author edits within 15 minutes: "edited" shows.
  await openPaper(page, paper.slug);
  const mine = commentBy(page, "claim with");
  await mine.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("textbox", { name: "Edit comment" }).fill("An *edited* claim.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(commentBy(page, "edited claim")).toContainText("· edited");

  // Best and New are links that work.
  await post(page, "A later top-level comment.");
  await page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "New" }).click();
  await expect(page).toHaveURL(/comments\?sort=new/);
  const order = await page.getByRole("list", { name: "Comments" }).locator(":scope > li > article").allTextContents();
  expect(order[0]).toContain("later top-level");
  await openPaper(page, paper.slug);
  const best = await page.getByRole("list", { name: "Comments" }).locator(":scope > li > article").allTextContents();
  expect(best[0]).toContain("edited claim");

  // Deleting a comment with a reply leaves [deleted] and the reply.
  page.once("dialog", (dialog) => void dialog.accept());
  const deleted = page.waitForResponse((r) => r.url().includes("/api/comments/") && r.request().method() === "DELETE");
  await commentBy(page, "edited claim").getByRole("button", { name: "Delete" }).click();
  expect((await deleted).status()).toBe(200);
  await expect(page.getByRole("article", { name: "Deleted comment" })).toContainText("[deleted]");
  await expect(page.getByText("I disagree.")).toBeVisible();
  await expect(page.getByText("edited claim")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Discussion/ })).toContainText("(2)");

  const axe = await new AxeBuilder({ page }).include("#discussion").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 375, height: 800 });
  const dark = await new AxeBuilder({ page }).include("#discussion").analyze();
  expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await other.close();
});

test("signed out: everything shows, and posting leads to sign-in", async ({ page, browser, baseURL }) => {
  const { papers } = await createPapers(1);
  const paper = papers[0]!;
  const author = await browser.newContext({ baseURL });
  const authorPage = await author.newPage();
  await signUpAndSignIn(authorPage);
  await openPaper(authorPage, paper.slug);
  await post(authorPage, "Visible to *everyone*.");
  await author.close();

  await openPaper(page, paper.slug);
  await expect(page.getByText("Visible to everyone.")).toBeVisible();
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill("Hello");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("without JavaScript a comment still posts and comes back to it; signed out it goes to sign-in", async ({ browser, baseURL }) => {
  const { papers } = await createPapers(1);
  const paper = papers[0]!;
  const signedOut = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const outPage = await signedOut.newPage();
  await outPage.goto(`/papers/${paper.slug}`);
  await outPage.getByRole("textbox", { name: "Comment", exact: true }).fill("Hi");
  await outPage.getByRole("button", { name: "Post", exact: true }).click();
  await expect(outPage).toHaveURL(/\/signin\?callbackUrl=/);
  await signedOut.close();

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await signUpAndSignIn(context);
  const page = await context.newPage();
  await page.goto(`/papers/${paper.slug}`);
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill("Posted *without* script, $a+b$");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}#comment-c`));
  const comment = commentBy(page, "Posted without script");
  await expect(comment.locator("em")).toHaveText("without");
  await expect(comment.locator("math")).toHaveCount(1);

  // Upvote is a form too: it counts once, however often pressed, and comes back to the comment.
  for (let press = 0; press < 2; press++) {
    await comment.getByRole("button", { name: /^Upvote, / }).click();
    await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}#comment-c`));
  }
  await expect(commentBy(page, "Posted without script").getByRole("button", { name: /^Upvote, / })).toHaveAccessibleName(
    "Upvote, 1 upvote",
  );
  await context.close();
});

test("the XSS corpus posted through the page renders inert", async ({ page }) => {
  const { papers } = await createPapers(1);
  const paper = papers[0]!;
  await signUpAndSignIn(page);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openPaper(page, paper.slug);
  const corpus = [
    '<script>alert(1)</script> <img src=x onerror="alert(1)"> <svg onload=alert(1)></svg>',
    "[a](javascript:alert(1)) [b](JaVaScRiPt&#58;alert(1)) [c](data:text/html,<script>alert(1)</script>) [d](vbscript:msgbox(1))",
    "$\\href{javascript:alert(1)}{click}$ $$\\url{javascript:alert(1)}$$ \u202Egnp.exe",
  ];
  for (const body of corpus) await post(page, body);
  await openPaper(page, paper.slug);
  const discussion = page.locator("#discussion");
  await expect(discussion.getByRole("article", { name: /^Comment by/ })).toHaveCount(3);
  await expect(discussion.locator("script, img, svg, iframe")).toHaveCount(0);
  const hrefs = await discussion.locator(".comment-body a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
  const handlers = await discussion.evaluate((root) =>
    [...root.querySelectorAll(".comment-body *")].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
  );
  expect(handlers).toEqual([]);
  await expect(discussion.getByText("<script>alert(1)</script>", { exact: false }).first()).toBeVisible();
  // Links and hovers do nothing either.
  for (const link of await discussion.locator(".comment-body a").all()) await link.hover();
  expect(dialogs).toBe(0);
});

test("keyboard only: post, reply and upvote with focus and Enter", async ({ page }) => {
  const { papers } = await createPapers(1);
  const paper = papers[0]!;
  await signUpAndSignIn(page);
  await openPaper(page, paper.slug);
  await page.getByRole("textbox", { name: "Comment", exact: true }).focus();
  await page.keyboard.type("Typed with the *keyboard*");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Post", exact: true })).toBeFocused();
  const saved = page.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
  await page.keyboard.press("Enter");
  expect((await saved).status()).toBe(201);
  const comment = commentBy(page, "Typed with the keyboard");
  await comment.getByRole("link", { name: "Reply" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Reply" })).toBeVisible();
  await page.getByRole("textbox", { name: "Reply" }).focus();
  await page.keyboard.type("A keyboard reply");
  await page.keyboard.press("Tab");
  const replied = page.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
  await page.keyboard.press("Enter");
  expect((await replied).status()).toBe(201);
  await expect(commentBy(page, "A keyboard reply")).toBeVisible();
  const upvote = commentBy(page, "Typed with the keyboard").getByRole("button", { name: /^Upvote/ });
  await upvote.focus();
  await page.keyboard.press("Enter");
  await expect(upvote).toHaveAttribute("aria-pressed", "true");
});
