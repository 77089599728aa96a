import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { signUpAndSignIn } from "./helpers/auth";
import { createPapers, feedOf, type TestPaper, type TestPapers } from "./helpers/papers";
import { measureSidewaysOverflow } from "./helpers/sideways-overflow";

type Collection = { id: string; title: string; shareToken: string | null };

// Every test signs up its own people and creates its own papers (e2e/helpers/papers.ts).

/** A collection made through the API, with papers in it in this order. */
async function seedCollection(request: APIRequestContext, title: string, papers: TestPaper[], description = ""): Promise<Collection> {
  const created = await request.post("/api/me/collections", { data: { title, description } });
  expect(created.status(), await created.text()).toBe(201);
  const { collection } = (await created.json()) as { collection: Collection };
  for (const paper of papers) expect((await request.put(`/api/me/collections/${collection.id}/items/${paper.id}`)).status()).toBe(200);
  return collection;
}

async function share(request: APIRequestContext, id: string, regenerate = false): Promise<string> {
  const response = await request.post(`/api/me/collections/${id}/share`, { data: { regenerate } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { collection: Collection }).collection.shareToken!;
}

/** Waits until the collection's list shows exactly these titles, in this order. */
async function expectTitles(page: Page, titles: (string | undefined)[]) {
  await expect(page.getByRole("list", { name: "Papers in this collection" }).getByRole("heading")).toHaveText(titles as string[]);
}

async function signedOutPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** The feed of the test's own papers, once the viewer's saves and votes have arrived. */
async function openFeed(page: Page, papers: TestPapers) {
  const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
  await page.goto(feedOf(papers));
  await state;
}

test.describe("saving", () => {
  test("Save puts a paper in the Reading list and takes it out again, surviving reloads", async ({ page }) => {
    const mine = await createPapers(3);
    const { title } = mine.papers[1]!;
    await signUpAndSignIn(page);
    await openFeed(page, mine);
    const card = page.getByRole("article").filter({ hasText: title });
    const save = card.getByRole("button", { name: "Save", exact: true });
    await expect(save).toHaveAttribute("aria-pressed", "false");

    const saved = page.waitForResponse((r) => r.url().endsWith("/api/me/saves") && r.request().method() === "POST");
    await save.click();
    await expect(save).toHaveAttribute("aria-pressed", "true");
    expect((await saved).status()).toBe(200);

    await openFeed(page, mine);
    await expect(page.getByRole("article").filter({ hasText: title }).getByRole("button", { name: "Save", exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    await page.goto("/collections");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Reading list" }) });
    await expect(row).toContainText("1 paper");
    await row.getByRole("link", { name: "Reading list" }).click();
    await expectTitles(page, [title]);

    await openFeed(page, mine);
    const again = page.getByRole("article").filter({ hasText: title }).getByRole("button", { name: "Save", exact: true });
    const removed = page.waitForResponse((r) => r.url().includes("/api/me/saves/") && r.request().method() === "DELETE");
    await again.click();
    await expect(again).toHaveAttribute("aria-pressed", "false");
    expect((await removed).status()).toBe(200);
    await openFeed(page, mine);
    await expect(page.getByRole("article").filter({ hasText: title }).getByRole("button", { name: "Save", exact: true })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  test("signed out, Save asks to sign in", async ({ page }) => {
    const mine = await createPapers(1);
    await openFeed(page, mine);
    await page.getByRole("article").filter({ hasText: mine.papers[0]!.title }).getByRole("button", { name: "Save", exact: true }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  });

  test("Save to… lists my collections with checkboxes, creates one with the paper, and closes with Escape", async ({ page }) => {
    const mine = await createPapers(2);
    const [paper] = mine.papers;
    const title = paper!.title;
    await signUpAndSignIn(page);
    await seedCollection(page.request, "Existing list", []);
    await openFeed(page, mine);
    const card = page.getByRole("article").filter({ hasText: title });
    const trigger = card.getByRole("button", { name: "Save to…" });
    await trigger.click();
    const menu = page.getByRole("dialog", { name: "Save to…" });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("checkbox", { name: /Existing list/ })).not.toBeChecked();
    await expect(menu.getByRole("checkbox", { name: /Reading list/ })).not.toBeChecked();

    await menu.getByLabel("New collection").fill("Diffusion <b>models</b>");
    await menu.getByRole("button", { name: "Create" }).click();
    await expect(menu.getByRole("checkbox", { name: /Diffusion <b>models<\/b>/ })).toBeChecked();
    await expect(card.getByRole("button", { name: "Save", exact: true })).toHaveAttribute("aria-pressed", "true");

    await menu.getByRole("checkbox", { name: /Existing list/ }).check();
    await expect(menu.getByRole("checkbox", { name: /Existing list/ })).toBeChecked();
    // Focus stays inside the menu: Tab from the last control comes back to the first.
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
    expect(await menu.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(trigger).toBeFocused();

    const listed = (await (await page.request.get(`/api/me/collections?paperId=${paper!.id}`)).json()) as {
      collections: { title: string; hasPaper: boolean }[];
    };
    expect(
      listed.collections
        .filter((c) => c.hasPaper)
        .map((c) => c.title)
        .sort(),
    ).toEqual(["Diffusion <b>models</b>", "Existing list"]);

    // Unchecking both leaves the paper unsaved.
    await trigger.click();
    for (const name of [/Existing list/, /Diffusion/]) await menu.getByRole("checkbox", { name }).uncheck();
    await expect(card.getByRole("button", { name: "Save", exact: true })).toHaveAttribute("aria-pressed", "false");
    await page.keyboard.press("Escape");
    await openFeed(page, mine);
    await expect(page.getByRole("article").filter({ hasText: title }).getByRole("button", { name: "Save", exact: true })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });
});

test.describe("managing collections", () => {
  test("create, rename, describe and delete with a confirmation that traps focus", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto("/collections");
    await expect(page.getByText("Press Save on any paper")).toBeVisible();

    await page.getByLabel("Title").fill("Alpha");
    await page.getByLabel("Description (optional)").fill("First <i>draft</i>");
    await page.getByRole("button", { name: "Create collection" }).click();
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Alpha" }) });
    await expect(row).toContainText("0 papers");
    await expect(row).toContainText("First <i>draft</i>");

    await row.getByRole("button", { name: "Edit “Alpha”" }).click();
    const form = page.getByRole("form", { name: "Edit “Alpha”" });
    await form.getByLabel("Title").fill("Beta");
    await form.getByLabel("Description").fill("Renamed");
    // The list updates optimistically; reload only once the server has answered.
    const saved = page.waitForResponse((r) => /\/api\/me\/collections\/[^/]+$/.test(r.url()) && r.request().method() !== "GET");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("link", { name: "Beta" })).toBeVisible();
    expect((await saved).ok()).toBe(true);
    await page.reload();
    const renamed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Beta" }) });
    await expect(renamed).toContainText("Renamed");

    const deleteButton = renamed.getByRole("button", { name: "Delete “Beta”" });
    await deleteButton.click();
    const dialog = page.getByRole("dialog", { name: "Delete “Beta”?" });
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();

    await deleteButton.click();
    const deleted = page.waitForResponse((r) => /\/api\/me\/collections\/[^/]+$/.test(r.url()) && r.request().method() === "DELETE");
    await dialog.getByRole("button", { name: "Delete collection" }).click();
    await expect(page.getByRole("link", { name: "Beta" })).toHaveCount(0);
    expect((await deleted).ok()).toBe(true);
    await page.reload();
    await expect(page.getByRole("link", { name: "Beta" })).toHaveCount(0);
    await expect(page.getByText("No collections yet.")).toBeVisible();
  });

  test("reorder by keyboard and by drag and drop; sort and filter leave the order alone", async ({ page }) => {
    const { papers } = await createPapers(4);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Ordered", papers);
    const [a, b, c, d] = papers.map((p) => p.title);
    await page.goto(`/collections/${collection.id}`);
    await expectTitles(page, [a, b, c, d]);

    // Keyboard: focus "Move down" on the first and press Enter; focus follows the paper.
    const moved = page.waitForResponse((r) => r.url().includes(`/items/${papers[0]!.id}`) && r.request().method() === "PATCH");
    await page.getByRole("button", { name: `Move down: ${a}` }).focus();
    await page.keyboard.press("Enter");
    expect((await moved).status()).toBe(200);
    await expectTitles(page, [b, a, c, d]);
    await expect(page.getByRole("button", { name: `Move down: ${a}` })).toBeFocused();
    const upAgain = page.waitForResponse((r) => r.url().includes(`/items/${papers[3]!.id}`) && r.request().method() === "PATCH");
    await page.getByRole("button", { name: `Move up: ${d}` }).click();
    expect((await upAgain).status()).toBe(200);
    await expectTitles(page, [b, a, d, c]);
    await page.reload();
    await expectTitles(page, [b, a, d, c]);

    // Drag the last paper onto the top half of the first.
    const list = page.getByRole("list", { name: "Papers in this collection" });
    const dragged = page.waitForResponse((r) => r.url().includes(`/items/${papers[2]!.id}`) && r.request().method() === "PATCH");
    await list
      .getByRole("listitem")
      .filter({ hasText: c })
      .dragTo(list.getByRole("listitem").filter({ hasText: b }), { targetPosition: { x: 40, y: 5 } });
    expect((await dragged).status()).toBe(200);
    await expectTitles(page, [c, b, a, d]);
    await page.reload();
    await expectTitles(page, [c, b, a, d]);

    // A sorted, filtered view: moving is off, and the stored order is untouched.
    await page.getByLabel("Sort by").selectOption("title");
    await expectTitles(
      page,
      [a!, b!, c!, d!].sort((x, y) => x.localeCompare(y, undefined, { sensitivity: "base" })),
    );
    await expect(page.getByRole("button", { name: `Move up: ${a}` })).toBeDisabled();
    await page.getByLabel("Sort by").selectOption("order");
    await page.getByLabel("Filter").fill(d!.slice(0, 12));
    await expectTitles(page, [d]);
    await page.getByLabel("Filter").fill("");
    await page.reload();
    await expectTitles(page, [c, b, a, d]);
  });

  test("notes are plain text, edited in place", async ({ page }) => {
    const { papers } = await createPapers(2);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Noted", papers);
    await page.goto(`/collections/${collection.id}`);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.getByRole("button", { name: `Add a note: ${papers[1]!.title}` }).click();
    const payload = `<img src=x onerror=alert(1)> Read §3 & the "appendix"`;
    await page.getByLabel(`Note on ${papers[1]!.title}`).fill(payload);
    const saved = page.waitForResponse((r) => r.url().includes(`/items/${papers[1]!.id}`) && r.request().method() === "PATCH");
    await page.keyboard.press("Control+Enter");
    expect((await saved).status()).toBe(200);
    await expect(page.getByText(payload)).toBeVisible();
    await expect(page.getByRole("button", { name: `Edit note: ${papers[1]!.title}` })).toBeFocused();
    await page.reload();
    await expect(page.getByText(payload)).toBeVisible();
    expect(await page.locator("img[src=x]").count()).toBe(0);

    // Escape cancels an edit.
    await page.getByRole("button", { name: `Edit note: ${papers[1]!.title}` }).click();
    await page.getByLabel(`Note on ${papers[1]!.title}`).fill("discarded");
    await page.keyboard.press("Escape");
    await expect(page.getByText(payload)).toBeVisible();
    await expect(page.getByText("discarded")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe("sharing", () => {
  test("share, open signed out (read-only), regenerate (old link 404), stop sharing", async ({ page, browser }) => {
    const { papers } = await createPapers(2);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Shared <script>x</script>", papers, "For the reading group");
    await page.goto(`/collections/${collection.id}`);
    const settings = page.getByRole("complementary", { name: "Collection settings and sharing" });
    await settings.getByRole("button", { name: "Share", exact: true }).click();
    const link = settings.getByLabel(/Anyone with this link/);
    await expect(link).toHaveValue(/\/c\/[A-Za-z0-9_-]{32}$/);
    const first = await link.inputValue();
    await expect(settings.getByRole("radio", { name: /Unlisted/ })).toBeChecked();

    const visitor = await signedOutPage(browser);
    const opened = await visitor.page.goto(first);
    expect(opened?.status()).toBe(200);
    await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText("Shared <script>x</script>");
    await expectTitles(
      visitor.page,
      papers.map((p) => p.title),
    );
    await expect(visitor.page.getByRole("button", { name: /Move|Remove|note/ })).toHaveCount(0);
    await expect(visitor.page.getByRole("link", { name: "Sign in to copy this collection" })).toBeVisible();
    await expect(visitor.page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Shared <script>x</script>");
    await expect(visitor.page.locator('meta[property="og:description"]')).toHaveAttribute("content", "For the reading group");

    await settings.getByRole("button", { name: "Regenerate link" }).click();
    await page.getByRole("dialog", { name: "Make a new link?" }).getByRole("button", { name: "Regenerate link" }).click();
    await expect(link).not.toHaveValue(first);
    const second = await link.inputValue();
    expect((await visitor.page.goto(first))?.status()).toBe(404);
    expect((await visitor.page.goto(second))?.status()).toBe(200);

    await settings.getByRole("button", { name: "Stop sharing" }).click();
    await expect(settings.getByRole("button", { name: "Share", exact: true })).toBeVisible();
    await expect(settings.getByRole("radio", { name: /Private/ })).toBeChecked();
    expect((await visitor.page.goto(second))?.status()).toBe(404);
    await visitor.context.close();
  });

  test("someone else's private collection is 404 for people and 401/404 for the API", async ({ page, browser }) => {
    const {
      papers: [paper],
    } = await createPapers(1);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Mine only", [paper!]);

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUpAndSignIn(otherPage);
    expect((await otherPage.goto(`/collections/${collection.id}`))?.status()).toBe(404);
    expect((await otherPage.request.get(`/api/me/collections/${collection.id}`)).status()).toBe(404);
    expect((await otherPage.request.patch(`/api/me/collections/${collection.id}`, { data: { title: "x" } })).status()).toBe(404);
    expect((await otherPage.request.delete(`/api/me/collections/${collection.id}/items/${paper!.id}`)).status()).toBe(404);
    expect((await otherPage.request.get(`/collections/${collection.id}/export?format=json`)).status()).toBe(404);
    await other.close();

    const visitor = await signedOutPage(browser);
    expect((await visitor.page.goto(`/collections/${collection.id}`))?.status()).toBe(404);
    expect((await visitor.page.request.get(`/api/me/collections/${collection.id}`)).status()).toBe(401);
    expect((await visitor.page.request.delete(`/api/me/collections/${collection.id}`)).status()).toBe(401);
    expect((await visitor.page.request.get(`/collections/${collection.id}/export?format=bib`)).status()).toBe(404);
    await visitor.context.close();
    // Still there for its owner.
    expect((await page.goto(`/collections/${collection.id}`))?.status()).toBe(200);
  });

  test("a collection deleted while someone opens its link gives 404", async ({ page, browser }) => {
    const { papers } = await createPapers(2);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Short-lived", papers);
    const token = await share(page.request, collection.id);
    const visitor = await signedOutPage(browser);
    expect((await visitor.page.goto(`/c/${token}`))?.status()).toBe(200);
    // Opened again while the owner deletes it: the link and its exports answer 404, never 500.
    const [deleted, reopened] = await Promise.all([
      page.request.delete(`/api/me/collections/${collection.id}`),
      visitor.page.request.get(`/c/${token}`),
    ]);
    expect(deleted.status()).toBe(200);
    expect([200, 404]).toContain(reopened.status());
    expect((await visitor.page.goto(`/c/${token}`))?.status()).toBe(404);
    expect((await visitor.page.request.get(`/c/${token}/export?format=csv`)).status()).toBe(404);
    expect((await visitor.page.request.get(`/c/${token}/feed.xml`)).status()).toBe(404);
    await visitor.context.close();
  });

  test("exports parse, with as many entries as papers", async ({ page, browser }) => {
    const { papers } = await createPapers(3);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Export me", papers);
    const note = `}@misc{evil, title={x}} =HYPERLINK("http://evil") <b>bold</b>`;
    expect((await page.request.patch(`/api/me/collections/${collection.id}/items/${papers[0]!.id}`, { data: { note } })).status()).toBe(
      200,
    );
    await page.goto(`/collections/${collection.id}`);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "BibTeX" }).click();
    const file = await download;
    // The UTF-8 name (filename*) wins over the ASCII fallback.
    expect(file.suggestedFilename()).toBe("Export me.bib");
    const bib = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(bib.match(/^@misc\{/gm)).toHaveLength(3);
    expect(bib).toContain("annote = {\\}@misc\\{evil, title=\\{x\\}\\}");

    const csv = await (await page.request.get(`/collections/${collection.id}/export?format=csv`)).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"}@misc{evil, title={x}} =HYPERLINK(""http://evil"") <b>bold</b>"`);

    const json = (await (await page.request.get(`/collections/${collection.id}/export?format=json`)).json()) as {
      items: { title: string; note: string }[];
    };
    expect(json.items.map((i) => i.title)).toEqual(papers.map((p) => p.title));
    expect(json.items[0]!.note).toBe(note);

    // The unlisted feed works signed out, through the token in its URL.
    const token = await share(page.request, collection.id);
    const visitor = await signedOutPage(browser);
    const feed = await visitor.page.request.get(`/c/${token}/feed.xml`);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await feed.text()).feed as { entry: unknown[] };
    expect(parsed.entry).toHaveLength(3);
    expect((await visitor.page.request.get(`/c/${token}/export?format=bib`)).status()).toBe(200);
    await visitor.context.close();
  });

  test("copy to my collections", async ({ page, browser }) => {
    const { papers } = await createPapers(3);
    await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Syllabus", papers);
    const token = await share(page.request, collection.id);

    const other = await browser.newContext();
    const reader = await other.newPage();
    await signUpAndSignIn(reader);
    await reader.goto(`/c/${token}`);
    await reader.getByRole("button", { name: "Copy to my collections" }).click();
    await expect(reader).toHaveURL(/\/collections\/c[0-9a-f]{24}$/);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Syllabus");
    await expectTitles(
      reader,
      papers.map((p) => p.title),
    );
    // The copy is the reader's own: it has their settings, and it is private.
    await expect(reader.getByRole("radio", { name: /Private/ })).toBeChecked();
    await other.close();
  });

  test("a public collection shows on the paper's page and on the owner's profile", async ({ page, browser }) => {
    const {
      papers: [paper],
    } = await createPapers(1);
    const user = await signUpAndSignIn(page);
    const collection = await seedCollection(page.request, "Best of the week", [paper!]);
    expect((await page.request.patch(`/api/me/collections/${collection.id}`, { data: { visibility: "PUBLIC" } })).status()).toBe(200);

    const visitor = await signedOutPage(browser);
    // Cached pages refresh on the visit after a change (stale-while-revalidate).
    await expect(async () => {
      await visitor.page.goto(`/papers/${paper!.slug}`);
      await expect(visitor.page.getByRole("heading", { name: /^In \d+ collections?$/ })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await visitor.page.getByRole("link", { name: "Best of the week" }).click();
    await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText("Best of the week");
    await expect(visitor.page.getByRole("button", { name: /Move|Remove/ })).toHaveCount(0);

    await expect(async () => {
      await visitor.page.goto(`/u/${user.username}`);
      await expect(visitor.page.getByRole("link", { name: "Best of the week" })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await visitor.context.close();
  });
});

// One test per page: axe takes seconds per run, and six runs in one test outlasted its timeout.
test.describe("accessibility", () => {
  for (const view of ["a collection", "the list of collections", "a shared link"] as const) {
    test(`${view} has no detectable violations, light and dark, and fits a phone`, async ({ page, browser }) => {
      const { papers } = await createPapers(3);
      await signUpAndSignIn(page);
      const collection = await seedCollection(page.request, "Accessible", papers, "Checked by axe");
      await page.request.patch(`/api/me/collections/${collection.id}/items/${papers[0]!.id}`, { data: { note: "A quiet note" } });
      const visitor = view === "a shared link" ? await signedOutPage(browser) : null;
      const target = visitor?.page ?? page;
      const path =
        view === "a collection"
          ? `/collections/${collection.id}`
          : view === "the list of collections"
            ? "/collections"
            : `/c/${await share(page.request, collection.id)}`;
      for (const colorScheme of ["light", "dark"] as const) {
        await target.emulateMedia({ colorScheme });
        await target.goto(path);
        await expect(target.getByRole("heading", { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page: target }).analyze();
        expect(results.violations.map((v) => `${path} ${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
      }
      await target.setViewportSize({ width: 375, height: 800 });
      await target.goto(path);
      expect(await measureSidewaysOverflow(target), path).toBeLessThanOrEqual(0);
      await visitor?.context.close();
    });
  }
});
