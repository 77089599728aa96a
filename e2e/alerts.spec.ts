import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/create-prisma-client";
import { signIn, signUpAndSignIn } from "./helpers/auth";
import { e2eDatabaseUrl, runScript } from "./helpers/cli";
import { createPapers, uniqueWord } from "./helpers/papers";

// Alerts end to end: a reader saves a search as an alert, `npm run import` brings a paper that
// matches it, and the paper is in their inbox (with the count in the header) and in the alert's
// private Atom feed, whose address stops working once replaced.

/** A Hugging Face Daily Papers listing (its own shape) of one paper, written to a file `npm run import -- hf` reads. */
async function writeListing(title: string): Promise<{ file: string; arxivId: string }> {
  const arxivId = `9906.${String(10000 + (randomBytes(2).readUInt16BE() % 90000)).padStart(5, "0")}`;
  // An old day, so the paper never leads a feed that other tests look at.
  const day = "1999-06-15";
  const paper = {
    id: arxivId,
    title,
    summary: `An abstract of ${title}.`,
    publishedAt: `${day}T10:00:00.000Z`,
    submittedOnDailyAt: `${day}T12:00:00.000Z`,
    upvotes: 1,
    authors: [{ name: "Ada Lovelace" }],
  };
  const file = path.join(tmpdir(), `papershelf-alerts-${arxivId}-${randomBytes(4).toString("hex")}.json`);
  await writeFile(file, JSON.stringify([{ paper, title, summary: paper.summary, publishedAt: paper.publishedAt, numComments: 0 }]));
  return { file, arxivId };
}

test("a saved search brings an imported paper to the inbox, the header's count and the alert's private feed", async ({ page }) => {
  await signUpAndSignIn(page);
  const word = uniqueWord();

  await page.goto(`/search?q=${word}`);
  const save = page.getByRole("button", { name: "Save this search as an alert" });
  await save.click();
  await expect(page.getByRole("button", { name: "✓ Saved as an alert" })).toHaveAttribute("aria-pressed", "true");

  const title = `Streaming ${word} for readers`;
  const { file } = await writeListing(title);
  const imported = await runScript("import", ["hf", file]);
  expect(imported.stderr).toBe("");
  expect(imported.stdout).toContain("1 new");

  await page.goto("/about");
  const inboxLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox, 1 unread" });
  await inboxLink.click();
  await expect(page).toHaveURL(/\/inbox$/);
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(entry).toContainText(`Search “${word}”`);
  await expect(entry.getByRole("heading")).toContainText("Unread:");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `/inbox ${v.id}: ${v.help}`)).toEqual([]);

  // The private feed has the paper; its address is on the page to copy.
  const feedUrl = await page.getByRole("textbox", { name: `Private feed address of Search “${word}”` }).inputValue();
  expect(feedUrl).toMatch(/\/alerts\/[A-Za-z0-9_-]{32}\/feed\.xml$/);
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(await feed.text()).toContain(`<title type="text">${title}</title>`);

  await entry.getByRole("button", { name: `Mark “${title}” read` }).click();
  await expect(entry.getByRole("button", { name: `Mark “${title}” unread` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  // A new address: the old one is gone (404), the new one works.
  await page.getByRole("button", { name: `New feed address for Search “${word}”` }).click();
  const textbox = page.getByRole("textbox", { name: `Private feed address of Search “${word}”` });
  await expect(textbox).not.toHaveValue(feedUrl);
  expect((await page.request.get(feedUrl)).status()).toBe(404);
  expect((await page.request.get(await textbox.inputValue())).status()).toBe(200);

  // Importing the same listing again adds nothing to the inbox.
  await runScript("import", ["hf", file]);
  const inbox = await (await page.request.get("/api/me/inbox")).json();
  expect(inbox).toMatchObject({ unread: 0 });
  expect(inbox.entries.map((e: { paper: { title: string } }) => e.paper.title)).toEqual([title]);
});

test("the inbox asks a signed-out reader to sign in and comes back", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Finbox$/);
});

test("a category and an author are followed from their pages, and bad alerts are refused in words", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/?category=cs.DL");
  await page.getByRole("button", { name: "Follow cs.DL" }).click();
  await expect(page.getByRole("button", { name: "✓ Following cs.DL" })).toHaveAttribute("aria-pressed", "true");

  const bad = await page.request.post("/api/me/alerts", { data: { kind: "search", q: "-only" } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "q: enter at least one word to look for (not only -excluded words)" });

  const { papers } = await createPapers(1, (_, word) => ({ authors: [`Grace ${word}`] }));
  await page.goto(`/papers/${papers[0]!.slug}`);
  await page.getByText("Follow an author").click();
  const author = page.getByRole("button", { name: /^Follow Grace / });
  const name = (await author.textContent())!.replace(/^Follow /, "");
  await author.click();
  await expect(page.getByRole("button", { name: `✓ Following ${name}` })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/inbox");
  await expect(page.getByText("Category cs.DL", { exact: true })).toBeVisible();
  await expect(page.getByText(`Author ${name}`, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Stop following Category cs.DL" }).click();
  await expect(page.getByText("Category cs.DL", { exact: true })).toHaveCount(0);
  const alerts = await (await page.request.get("/api/me/alerts")).json();
  expect(alerts.alerts.map((a: { kind: string; query: string }) => [a.kind, a.query])).toEqual([["author", name]]);
});

test("Follow works without JavaScript: signed out to sign-in and back, signed in it follows and the inbox says so", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { papers } = await createPapers(1, (_, word) => ({ authors: [`Edsger ${word}`] }));
  const paperPath = `/papers/${papers[0]!.slug}`;

  await page.goto(paperPath);
  await page.getByText("Follow an author").click();
  await page.getByRole("button", { name: /^Follow Edsger / }).click();
  await expect(page).toHaveURL(
    new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(paperPath).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
  );

  await signUpAndSignIn(context);
  await page.goto(paperPath);
  await page.getByText("Follow an author").click();
  const author = page.getByRole("button", { name: /^Follow Edsger / });
  const name = (await author.textContent())!.replace(/^Follow /, "");
  await author.click();
  await expect(page).toHaveURL(/\/inbox\?followed=/);
  await expect(page.getByRole("status").filter({ hasText: "Following Author" })).toHaveText(
    `Following Author ${name}: new papers that match come here.`,
  );
  // Pressed again (the cached page cannot show it is followed): still one alert.
  await page.goto(paperPath);
  await page.getByText("Follow an author").click();
  await page.getByRole("button", { name: `Follow ${name}` }).click();
  await expect(page).toHaveURL(/\/inbox\?followed=/);
  const alerts = await (await page.request.get("/api/me/alerts")).json();
  expect(alerts.alerts.map((a: { kind: string; query: string }) => [a.kind, a.query])).toEqual([["author", name]]);

  // A search without words is refused in words, as a page.
  const refused = await page.request.post("/api/me/alerts/follow", {
    form: { kind: "search", q: "-only" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(400);
  await context.close();
});

/**
 * 40 papers an alert of `username`'s matched and 15 replies to them, straight in the server's
 * database: 55 entries, one minute apart for the papers (newest first in `titles`) and the replies
 * in between, so the five oldest are the last five papers.
 */
async function fillInbox(username: string, titles: string[], paperIds: string[]) {
  const db = createPrismaClient(e2eDatabaseUrl(), 1);
  try {
    const { id: userId } = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    const tag = randomBytes(4).toString("hex");
    const writer = await db.user.create({ data: { email: `writer-${tag}@example.com`, username: `writer-${tag}`, name: `Writer ${tag}` } });
    const alert = await db.alert.create({
      data: { ownerId: userId, kind: "CATEGORY", query: `test.inbox${tag}`, feedToken: randomBytes(24).toString("base64url") },
    });
    const newest = Date.now() - 60_000;
    await db.inboxItem.createMany({
      data: paperIds.map((paperId, i) => ({ userId, paperId, alertId: alert.id, createdAt: new Date(newest - i * 60_000) })),
    });
    for (let j = 0; j < 15; j += 1) {
      const comment = await db.comment.create({
        data: { paperId: paperIds[0]!, authorId: writer.id, body: `Reply ${j}`, bodyHtml: `<p>Reply ${j}</p>` },
      });
      await db.commentNotification.create({
        data: { userId, commentId: comment.id, kind: "REPLY", createdAt: new Date(newest - j * 120_000 - 30_000) },
      });
    }
    return { writer: writer.name!, oldest: titles.slice(-5) };
  } finally {
    await db.$disconnect();
  }
}

test("the inbox pages 55 entries of both kinds 50 at a time without JavaScript, by keyboard, at 375 px in the dark", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 }, colorScheme: "dark" });
  const page = await context.newPage();
  const user = await signUpAndSignIn(context);
  const { papers } = await createPapers(40);
  const { writer, oldest } = await fillInbox(
    user.username,
    papers.map((p) => p.title),
    papers.map((p) => p.id),
  );

  await page.goto("/inbox");
  const entries = page.getByRole("region", { name: "55 unread" }).getByRole("listitem");
  await expect(entries).toHaveCount(50);
  await expect(entries.filter({ hasText: `${writer} replied to your comment on` })).toHaveCount(15);
  const pages = page.getByRole("navigation", { name: "Inbox pages" });
  await expect(pages.getByRole("link", { name: "Newest" })).toHaveCount(0);
  const older = pages.getByRole("link", { name: "Older" });
  // Nothing wider than the phone's screen.
  for (const box of [await older.boundingBox(), await entries.first().boundingBox()]) {
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  }

  await older.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/inbox\?before=[A-Za-z0-9_-]+$/);
  await expect(entries).toHaveCount(5);
  for (const [i, title] of oldest.entries()) await expect(entries.nth(i)).toContainText(title);
  await expect(pages.getByRole("link", { name: "Older" })).toHaveCount(0);
  const secondPage = page.url();

  // A cursor cut short when copied: the newest page, and a word about it, never an error.
  const cut = await page.goto(secondPage.slice(0, -3));
  expect(cut!.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("That link to an older page of the inbox is not valid");
  await expect(entries).toHaveCount(50);

  await page.goto(secondPage);
  await pages.getByRole("link", { name: "Newest" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(entries).toHaveCount(50);
  await context.close();

  // With script, in the dark at 375 px too: no accessibility violations on the older page, and Mark
  // all read reaches the replies, so the header's count goes.
  const scripted = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: "dark" });
  const live = await scripted.newPage();
  await signIn(scripted, user);
  await live.goto(secondPage);
  await expect(live.getByRole("region", { name: "55 unread" }).getByRole("listitem")).toHaveCount(5);
  const axe = await new AxeBuilder({ page: live }).analyze();
  expect(axe.violations.map((v) => `/inbox?before= ${v.id}: ${v.help}`)).toEqual([]);
  // The header shows the count from a tablet's width up (on a phone it is in the account menu).
  await live.setViewportSize({ width: 800, height: 800 });
  const header = live.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Inbox, 55 unread" })).toBeVisible();
  await live.getByRole("button", { name: "Mark all read" }).click();
  await expect(live.getByRole("heading", { name: "All read" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();
  const inbox = await (await live.request.get("/api/me/inbox?limit=100")).json();
  expect(inbox.unread).toBe(0);
  expect(inbox.entries).toHaveLength(55);
  expect(inbox.entries.every((e: { read: boolean }) => e.read)).toBe(true);
  await scripted.close();
});
