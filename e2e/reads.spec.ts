import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readPageSchema, readStateResponseSchema } from "../lib/api/reads-schemas";
import { signUpAndSignIn } from "./helpers/auth";
import { createPapers, feedOf, type TestPaper } from "./helpers/papers";

// Every test reads only papers it created (e2e/helpers/papers.ts), as a person of its own.

/** The paper's page, once its one per-viewer request (which marks it read) has answered. */
async function openPaper(page: Page, paper: TestPaper) {
  const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
  await page.goto(`/papers/${paper.slug}`);
  return state;
}

/** A list page, once the viewer's state of its papers has arrived. */
async function openList(page: Page, path: string) {
  const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
  await page.goto(path);
  await state;
}

const cardOf = (page: Page, paper: TestPaper) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name: paper.title }) });

test.describe("read state", () => {
  test("opening a paper marks it read in the page's one request; the feed's card says Read; Mark as unread brings it back", async ({
    page,
  }) => {
    const mine = await createPapers(3);
    const [read, other] = mine.papers;
    await signUpAndSignIn(page);
    const requests: string[] = [];
    page.on("request", (r) => {
      if (/\/api\/me\/(paper-state|reads)/.test(r.url())) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    const answer = await openPaper(page, read!);
    expect(answer.request().method()).toBe("POST");
    expect(((await answer.json()) as { read: string[] }).read).toEqual([read!.id]);
    await expect(page.getByTestId("paper-read")).toContainText("You have read this paper.");
    // The mark rode in the page's state request: no second one.
    expect(requests).toEqual(["POST /api/me/paper-state"]);

    await openList(page, feedOf(mine));
    const card = cardOf(page, read!);
    await expect(card.getByText("Read", { exact: true })).toBeVisible();
    // Its title is dimmed beside the others'.
    const colorOf = (paper: TestPaper) =>
      cardOf(page, paper)
        .getByRole("link", { name: paper.title })
        .evaluate((a) => getComputedStyle(a).color);
    expect(await colorOf(read!)).not.toBe(await colorOf(other!));
    await expect(cardOf(page, other!).getByText("Read", { exact: true })).toHaveCount(0);
    // The mark, its button and the toggle pass axe (contrast of the dimmed title included).
    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // The feed asks with a GET, which marks nothing.
    expect(requests.at(-1)).toBe("GET /api/me/paper-state");

    const unmarked = page.waitForResponse((r) => r.url().includes(`/api/me/reads/${read!.id}`));
    await card.getByRole("button", { name: "Mark as unread" }).click();
    await expect(card.getByText("Read", { exact: true })).toHaveCount(0);
    expect((await unmarked).status()).toBe(200);
    await openList(page, feedOf(mine));
    await expect(cardOf(page, read!).getByRole("button", { name: "Mark as unread" })).toHaveCount(0);
  });

  test("Mark as unread on the paper page holds until the page is opened again", async ({ page }) => {
    const mine = await createPapers(1);
    const [paper] = mine.papers;
    await signUpAndSignIn(page);
    await openPaper(page, paper!);
    const status = page.getByTestId("paper-read");
    await expect(status).toContainText("You have read this paper.");
    const unmarked = page.waitForResponse((r) => r.url().includes(`/api/me/reads/${paper!.id}`) && r.request().method() === "DELETE");
    await status.getByRole("button", { name: "Mark as unread" }).click();
    await expect(status).toContainText("Not read.");
    expect((await unmarked).status()).toBe(200);
    await openList(page, feedOf(mine));
    await expect(cardOf(page, paper!).getByText("Read", { exact: true })).toHaveCount(0);
    // Marked read again from the page, with the keyboard.
    await openPaper(page, paper!);
    await expect(status).toContainText("You have read this paper.");
    await status.getByRole("button", { name: "Mark as unread" }).focus();
    await page.keyboard.press("Enter");
    await expect(status).toContainText("Not read.");
    await expect(status.getByRole("button", { name: "Mark as read" })).toBeFocused();
  });

  test("Hide read hides read cards on the feed, the date view and search, says how many, remembers, and shows them again", async ({
    page,
  }) => {
    const mine = await createPapers(4);
    const [first, second, unread] = mine.papers;
    await signUpAndSignIn(page);
    for (const paper of [first!, second!]) expect((await page.request.put(`/api/me/reads/${paper.id}`)).status()).toBe(200);

    await openList(page, feedOf(mine));
    const toggle = page.getByRole("button", { name: "Hide read" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByRole("article")).toHaveCount(4);
    // From the keyboard: focus the toggle and press Space.
    await toggle.focus();
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(cardOf(page, unread!)).toBeVisible();
    await expect(page.getByTestId("hidden-read")).toHaveText("2 read papers hidden. Show them");

    // Remembered for this person: the next list starts hidden.
    for (const path of [`/papers/date/${mine.day}`, `/search?q=${mine.word}`, feedOf(mine, "top")]) {
      await openList(page, path);
      await expect(page.getByRole("button", { name: "Hide read" })).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByRole("article")).toHaveCount(2);
      await expect(page.getByTestId("hidden-read")).toContainText("2 read papers hidden.");
    }

    // "Show them", from the keyboard: the cards come back and focus lands on the toggle.
    await page.getByRole("button", { name: "Show them" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("article")).toHaveCount(4);
    await expect(page.getByRole("button", { name: "Hide read" })).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByRole("button", { name: "Hide read" })).toBeFocused();
    await expect(page.getByTestId("hidden-read")).toHaveCount(0);
  });

  test("signed out: no toggle, no mark, and opening a paper writes nothing", async ({ page }) => {
    const mine = await createPapers(2);
    const answer = await openPaper(page, mine.papers[0]!);
    expect(((await answer.json()) as { signedIn: boolean; read: string[] }).read).toEqual([]);
    await expect(page.getByTestId("paper-read")).toHaveCount(0);
    await openList(page, feedOf(mine));
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(page.getByRole("button", { name: "Hide read" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Mark as unread" })).toHaveCount(0);
  });

  test("the API: the person's reads, paged; 401 signed out, 400 bad id or page, 404 unknown paper", async ({ page, browser }) => {
    const mine = await createPapers(3);
    const signedOut = await browser.newContext();
    for (const [method, path] of [
      ["GET", "/api/me/reads"],
      ["PUT", `/api/me/reads/${mine.papers[0]!.id}`],
      ["DELETE", `/api/me/reads/${mine.papers[0]!.id}`],
    ] as const) {
      const response = await signedOut.request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(401);
    }
    await signedOut.close();

    await signUpAndSignIn(page);
    const { request } = page;
    for (const paper of mine.papers) {
      const response = await request.put(`/api/me/reads/${paper.id}`);
      expect(response.status()).toBe(200);
      expect(readStateResponseSchema.parse(await response.json()).read).toBe(true);
    }
    // Idempotent: marking again keeps one entry.
    expect((await request.put(`/api/me/reads/${mine.papers[0]!.id}`)).status()).toBe(200);

    const first = readPageSchema.parse(await (await request.get("/api/me/reads?limit=2")).json());
    expect(first.reads).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const rest = readPageSchema.parse(await (await request.get(`/api/me/reads?limit=2&cursor=${first.nextCursor}`)).json());
    expect(rest.nextCursor).toBeNull();
    expect([...first.reads, ...rest.reads].map((r) => r.paper.id).sort()).toEqual(mine.papers.map((p) => p.id).sort());
    // The one marked again was read last, so it comes first.
    expect(first.reads[0]!.paper.id).toBe(mine.papers[0]!.id);

    const removed = await request.delete(`/api/me/reads/${mine.papers[1]!.id}`);
    expect(readStateResponseSchema.parse(await removed.json())).toEqual({ read: false, readAt: null });
    expect((await request.delete(`/api/me/reads/${mine.papers[1]!.id}`)).status()).toBe(200);
    const after = readPageSchema.parse(await (await request.get("/api/me/reads")).json());
    expect(after.reads.map((r) => r.paper.id).sort()).toEqual([mine.papers[0]!.id, mine.papers[2]!.id].sort());

    for (const [method, path, status] of [
      ["PUT", "/api/me/reads/no-such-paper", 404],
      ["DELETE", "/api/me/reads/no-such-paper", 404],
      ["PUT", "/api/me/reads/not%20an%20id", 400],
      ["DELETE", `/api/me/reads/${"x".repeat(101)}`, 400],
      ["GET", "/api/me/reads?limit=0", 400],
      ["GET", "/api/me/reads?cursor=bogus", 400],
    ] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(status);
      expect(((await response.json()) as { error: string }).error).toBeTruthy();
    }
  });
});
