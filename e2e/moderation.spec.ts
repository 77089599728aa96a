import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startFakeSmtp, type FakeSmtp } from "../tests/fake-smtp";
import { signIn, signUp, signUpAndSignIn, uniqueUser } from "./helpers/auth";
import { runScript } from "./helpers/cli";
import { createPapers } from "./helpers/papers";
import { measureSidewaysOverflow } from "./helpers/sideways-overflow";

// The app's mail goes to E2E_SMTP_PORT (e2e/helpers/app-env.ts); this spec listens there.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3451);
let smtp: FakeSmtp;

// digest.spec.ts listens on the same port: whichever comes second waits for the other to finish.
test.beforeAll(async () => {
  test.setTimeout(150_000);
  smtp = await startFakeSmtp(SMTP_PORT, { waitForPortMs: 120_000 });
});
test.afterAll(async () => {
  await smtp.close();
});

async function openPaper(page: Page, slug: string) {
  await page.goto(`/papers/${slug}`);
  await expect(page.getByRole("heading", { name: /^Discussion/ })).toBeVisible();
}

async function post(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill(text);
  const saved = page.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Post", exact: true }).first().click();
  return (await saved).status();
}

function reportRow(page: Page, author: string) {
  return page.getByRole("region", { name: new RegExp(`comment by ${author}`) });
}

test("report, hide, suspend, restore; a reply in the inbox with the badge, and by email", async ({ page, browser, baseURL }) => {
  // Four people, three browsers and a job run from the command line: one story, so longer than most.
  test.slow();
  const { papers } = await createPapers(1);
  const paper = papers[0]!;

  // The author comments and chooses reply emails in Settings (a plain form).
  const author = await signUpAndSignIn(page);
  await openPaper(page, paper.slug);
  expect(await post(page, "Buy *cheap* pills at example.org")).toBe(201);
  await page.goto("/settings");
  await page.getByRole("checkbox", { name: "Email me replies and comments on my papers" }).check();
  await page.getByRole("button", { name: "Save" }).last().click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Email me replies and comments on my papers" })).toBeChecked();

  // A reader replies, then reports the comment with the keyboard-reachable Report control.
  const readerContext = await browser.newContext({ baseURL });
  const readerPage = await readerContext.newPage();
  const reader = await signUpAndSignIn(readerPage);
  await openPaper(readerPage, paper.slug);
  const comment = readerPage.getByRole("article", { name: `Comment by ${author.name}` });
  await comment.getByRole("link", { name: "Reply" }).click();
  await readerPage.getByRole("textbox", { name: "Reply" }).fill("Is this *spam*?");
  const replied = readerPage.waitForResponse((r) => r.url().endsWith("/comments") && r.request().method() === "POST");
  await readerPage.getByRole("button", { name: "Post", exact: true }).last().click();
  expect((await replied).status()).toBe(201);
  // The thread is fetched again and drawn in place after the post: wait for it, or the Report link
  // focused next may be the old thread's, gone before Enter reaches it.
  await expect(readerPage.getByRole("article", { name: `Comment by ${reader.name}` })).toContainText("Is this spam?");
  const report = comment.getByRole("link", { name: `Report comment by ${author.name}` });
  await report.focus();
  await readerPage.keyboard.press("Enter");
  await expect(readerPage.getByRole("heading", { name: "Report a comment" })).toBeVisible();
  await readerPage.getByRole("radio", { name: "Spam or advertising" }).check();
  await readerPage.getByRole("textbox", { name: /A note for the moderators/ }).fill("Advertising pills.");
  await readerPage.getByRole("button", { name: "Send report" }).click();
  await expect(readerPage.getByRole("status")).toContainText("the moderators will look at it");

  // The email job sends the author one email with the reply (unread: one already read in the inbox is
  // not emailed), with one-click unsubscribe.
  const job = await runScript("jobs", ["run", "send-comment-emails"], { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` });
  expect(job.code, job.stdout + job.stderr).toBe(0);
  // Sign-ups send their confirmation emails to the same server: pick the reply email out.
  const subject = `${reader.name} replied to your comment on ${paper.title}`;
  await expect.poll(() => smtp.messages.filter((m) => m.subject === subject).length).toBe(1);
  const email = smtp.messages.find((m) => m.subject === subject)!;
  expect(email.to).toEqual([author.email]);
  expect(email.text).toContain("Is this spam?");
  expect(email.headers.get("list-unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/api\/notifications\/unsubscribe\?token=[0-9a-f-]{36}>$/);
  expect(email.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

  // The author's inbox: the reply, with the header badge; the link lands on the reply.
  await page.goto("/inbox");
  await expect(page.getByRole("link", { name: "Inbox, 1 unread" })).toBeVisible();
  const entry = page.getByRole("link", { name: `${reader.name} replied to your comment on ${paper.title}` });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}#comment-`));
  await expect(page.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  // An admin (ADMIN_USERNAMES=e2e_admin) sees the report and hides the comment.
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  const admin = uniqueUser({ username: "e2e_admin" });
  await signUp(adminPage, admin);
  await signIn(adminPage, admin);
  await adminPage.goto("/admin/reports");
  const row = reportRow(adminPage, author.username);
  await expect(row).toContainText("1 report");
  await expect(row).toContainText("Advertising pills.");
  await expect(row.locator("em")).toHaveText("cheap");
  await row.getByRole("button", { name: `Hide comment by ${author.username}` }).click();
  await expect(adminPage.getByRole("status")).toHaveText("The comment is hidden.");

  // Gone for a visitor; marked for its author.
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  await openPaper(visitorPage, paper.slug);
  await expect(visitorPage.getByText("pills at example.org")).toHaveCount(0);
  await openPaper(page, paper.slug);
  const hidden = page.getByRole("article", { name: "Your comment, hidden by a moderator" });
  await expect(hidden).toContainText("Hidden by a moderator");
  await expect(hidden).toContainText("pills at example.org");

  // axe on /admin/reports, light and then dark at 375 px.
  const light = await new AxeBuilder({ page: adminPage }).analyze();
  expect(light.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await adminPage.emulateMedia({ colorScheme: "dark" });
  await adminPage.setViewportSize({ width: 375, height: 800 });
  const dark = await new AxeBuilder({ page: adminPage }).analyze();
  expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(await measureSidewaysOverflow(adminPage)).toBeLessThanOrEqual(0);

  // The admin suspends the author: their open page can no longer post, and they are signed out.
  await reportRow(adminPage, author.username)
    .getByRole("button", { name: `Suspend author ${author.username}` })
    .click();
  await expect(adminPage.getByRole("status")).toHaveText("The author is suspended and signed out everywhere.");
  expect(await post(page, "Still here?")).toBe(401);
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in", exact: true }).first()).toBeVisible();
  const refused = await page.request.post(`/api/papers/${paper.id}/comments`, {
    data: { body: "Still here?" },
    headers: { origin: baseURL! },
  });
  expect(refused.status()).toBe(401);

  // Restore and unsuspend: the comment is back for everyone; the author can sign in again.
  await reportRow(adminPage, author.username)
    .getByRole("button", { name: `Restore comment by ${author.username}` })
    .click();
  await expect(adminPage.getByRole("status")).toHaveText("The comment is restored.");
  await reportRow(adminPage, author.username)
    .getByRole("button", { name: `Unsuspend author ${author.username}` })
    .click();
  await expect(adminPage.getByRole("status")).toHaveText("The author's suspension is lifted.");
  await openPaper(visitorPage, paper.slug);
  await expect(visitorPage.getByText("pills at example.org")).toBeVisible();
  await signIn(page, author);
  await openPaper(page, paper.slug);
  expect(await post(page, "Sorry about that.")).toBe(201);

  // Everyone else gets a 404 at /admin/reports.
  expect((await readerPage.goto("/admin/reports"))!.status()).toBe(404);
  expect((await visitorPage.goto("/admin/reports"))!.status()).toBe(404);
  await Promise.all([readerContext.close(), adminContext.close(), visitor.close()]);
});
