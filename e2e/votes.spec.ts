import { expect, test, type Page } from "@playwright/test";
import fc from "fast-check";
import { signIn, signUp, signUpAndSignIn, uniqueUser } from "./helpers/auth";
import { createPapers, feedOf, type TestPaper, type TestPapers } from "./helpers/papers";

// Every test votes only on papers it created (e2e/helpers/papers.ts), so counts are exact.

/** The feed of the test's own papers, once the viewer's votes have arrived. */
async function openFeed(page: Page, papers: TestPapers) {
  const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
  await page.goto(feedOf(papers));
  await state;
}

test.describe("upvotes", () => {
  test("one batched request brings the viewer's state for the whole page", async ({ page }) => {
    const mine = await createPapers(30);
    const requests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/me/paper-state")) requests.push(r.url());
    });
    await openFeed(page, mine);
    await expect(page.getByRole("article")).toHaveCount(30);
    // Long enough for any straggler request to have started.
    await page.waitForTimeout(500);
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!).searchParams.get("ids")!.split(",").sort()).toEqual(mine.papers.map((p) => p.id).sort());
  });

  test("upvote and take back, both surviving a reload", async ({ page }) => {
    const mine = await createPapers(3, (i) => ({ upvotes: i + 4 }));
    const { title, upvotes: before } = mine.papers[1]!;
    await signUpAndSignIn(page);
    await openFeed(page, mine);
    const card = page.getByRole("article").filter({ hasText: title });
    const button = card.getByRole("button", { name: "Upvote" });
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await expect(card.getByLabel(/upvotes$/)).toHaveText(String(before));

    let saved = page.waitForResponse((r) => r.url().includes("/vote"));
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(card.getByLabel(/upvotes$/)).toHaveText(String(before + 1));
    expect((await saved).status()).toBe(200);
    await openFeed(page, mine);
    const same = page.getByRole("article").filter({ hasText: title });
    await expect(same.getByRole("button", { name: "Upvote" })).toHaveAttribute("aria-pressed", "true");
    await expect(same.getByLabel(/upvotes$/)).toHaveText(String(before + 1));

    saved = page.waitForResponse((r) => r.url().includes("/vote"));
    await same.getByRole("button", { name: "Upvote" }).click();
    await expect(same.getByRole("button", { name: "Upvote" })).toHaveAttribute("aria-pressed", "false");
    await expect(same.getByLabel(/upvotes$/)).toHaveText(String(before));
    expect((await saved).status()).toBe(200);
    await openFeed(page, mine);
    await expect(same.getByRole("button", { name: "Upvote" })).toHaveAttribute("aria-pressed", "false");
    await expect(same.getByLabel(/upvotes$/)).toHaveText(String(before));
  });

  test("upvotes on the paper page, and the profile lists it", async ({ page }) => {
    const {
      papers: [paper],
    } = await createPapers(1);
    const user = await signUpAndSignIn(page);
    const state = page.waitForResponse((r) => r.url().includes("/api/me/paper-state"));
    await page.goto(`/papers/${paper!.slug}`);
    await state;
    const button = page.getByRole("button", { name: "Upvote" });
    const saved = page.waitForResponse((r) => r.url().includes("/vote"));
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    expect((await saved).status()).toBe(200);
    await page.goto(`/u/${user.username}`);
    await expect(page.getByRole("article").getByRole("heading", { name: paper!.title })).toBeVisible();
  });

  test("a vote shows on the voter's profile at once; Top's order follows, votes gathered into one refresh", async ({
    playwright,
    baseURL,
  }) => {
    const mine = await createPapers(3, (i) => ({ upvotes: 10 - i }));
    const [first, second, third] = mine.papers as [TestPaper, TestPaper, TestPaper];
    const order = async () => {
      const html = await (await fetch(new URL(feedOf(mine, "top"), baseURL))).text();
      return mine.papers
        .map((paper) => ({ title: paper.title, at: html.indexOf(paper.title) }))
        .sort((a, b) => a.at - b.at)
        .map((p) => p.title);
    };
    expect(await order()).toEqual([first.title, second.title, third.title]);
    // Three people vote for the third paper in a row: the first vote refreshes the lists at once,
    // the two after it land inside its window and are refreshed together when it ends.
    const voters = await Promise.all([0, 1, 2].map(() => playwright.request.newContext({ baseURL })));
    for (const voter of voters) {
      const user = uniqueUser();
      await signUp(voter, user);
      await signIn(voter, user);
      const profile = async () => (await voter.get(`/u/${user.username}`)).text();
      expect(await profile()).not.toContain(third.title); // now cached without it
      expect((await voter.put(`/api/papers/${third.id}/vote`, { data: {} })).status()).toBe(200);
      expect(await profile(), "the voter's own profile lists the vote at once").toContain(third.title);
    }
    // 8 + 3 = 11 passes 10: on top once the gathered votes are refreshed (cached pages are served
    // stale once while they render again, so this polls).
    await expect.poll(order, { timeout: 20_000 }).toEqual([third.title, first.title, second.title]);
    await Promise.all(voters.map((voter) => voter.dispose()));
  });

  test("a signed-out click leads to sign-in and back to the same page", async ({ page }) => {
    const mine = await createPapers(2);
    const { title } = mine.papers[1]!;
    const user = uniqueUser();
    await signUp(page, user);
    await openFeed(page, mine);
    await page.getByRole("article").filter({ hasText: title }).getByRole("button", { name: "Upvote" }).click();
    await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(feedOf(mine))}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(feedOf(mine));
    const same = page.getByRole("article").filter({ hasText: title });
    await same.getByRole("button", { name: "Upvote" }).click();
    await expect(same.getByRole("button", { name: "Upvote" })).toHaveAttribute("aria-pressed", "true");
    await expect(same.getByLabel(/upvotes$/)).toHaveText("1");
  });

  test("rolls back with a visible message when the server refuses", async ({ page }) => {
    const mine = await createPapers(2, () => ({ upvotes: 3 }));
    const { title } = mine.papers[0]!;
    await signUpAndSignIn(page);
    await page.route("**/api/papers/*/vote", (route) =>
      route.fulfill({
        status: 429,
        contentType: "application/json",
        headers: { "Retry-After": "30" },
        body: JSON.stringify({ error: "Too many votes; try again in 30 seconds." }),
      }),
    );
    await openFeed(page, mine);
    const card = page.getByRole("article").filter({ hasText: title });
    await expect(card.getByLabel(/upvotes$/)).toHaveText("3");
    await card.getByRole("button", { name: "Upvote" }).click();
    await expect(card.getByRole("alert")).toHaveText(/Your upvote was not saved: Too many votes; try again in 30 seconds\./);
    await expect(card.getByRole("button", { name: "Upvote" })).toHaveAttribute("aria-pressed", "false");
    await expect(card.getByLabel(/upvotes$/)).toHaveText("3");
  });
});

test.describe("vote API", () => {
  async function newPaperIds(n: number) {
    return (await createPapers(n)).papers.map((p) => p.id);
  }

  test("401 signed out, 404 unknown paper, 400 bad body, 403 cross-site, idempotent set and unset", async ({ page }) => {
    const [paperId] = await newPaperIds(1);
    const url = `/api/papers/${paperId}/vote`;
    expect((await page.request.put(url)).status()).toBe(401);
    await signUpAndSignIn(page);
    const stateOf = async () =>
      (await (await page.request.get(`/api/me/paper-state?ids=${paperId}`)).json()) as { votes: string[]; counts: Record<string, number> };
    const start = (await stateOf()).counts[paperId!]!;
    expect(start).toBe(0);

    expect((await page.request.put("/api/papers/no-such-paper/vote")).status()).toBe(404);
    const bad = await page.request.put(url, { data: { up: true } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/must be empty/);
    expect((await page.request.put(url, { data: "[1,", headers: { "Content-Type": "application/json" } })).status()).toBe(400);
    expect((await page.request.put(url, { headers: { Origin: "https://evil.example" } })).status()).toBe(403);

    for (const [method, voted, upvotes] of [
      ["put", true, start + 1],
      ["put", true, start + 1],
      ["delete", false, start],
      ["delete", false, start],
    ] as const) {
      const response = await page.request[method](url);
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ voted, upvotes });
    }
    expect((await stateOf()).votes).toEqual([]);
  });

  test("any JSON body, id and method gets a 2xx or 4xx, and valid ones do what they say", async ({ page }) => {
    const ids = await newPaperIds(3);
    await signUpAndSignIn(page);
    const model = new Map<string, boolean>();
    const command = fc.record({
      method: fc.constantFrom("PUT", "DELETE"),
      id: fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 120 })),
      body: fc.oneof(fc.constant(""), fc.constant("{}"), fc.json(), fc.string()),
      contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
    });
    await fc.assert(
      fc.asyncProperty(command, async ({ method, id, body, contentType }) => {
        // A Buffer is sent as is; Playwright would JSON-encode a string that is not JSON.
        const response = await page.request.fetch(`/api/papers/${encodeURIComponent(id)}/vote`, {
          method,
          data: Buffer.from(body),
          headers: { "Content-Type": contentType },
        });
        const status = response.status();
        expect(status, `${method} ${JSON.stringify(id)} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
        const valid = ids.includes(id) && (body.trim() === "" || body.trim() === "{}");
        if (valid) {
          expect(status).toBe(200);
          expect((await response.json()).voted).toBe(method === "PUT");
          model.set(id, method === "PUT");
        } else if (status !== 404 && status !== 405) {
          expect(status).toBe(400);
        }
      }),
      // Fewer requests than the per-person vote limit allows in a minute.
      { numRuns: 50 },
    );
    const state = (await (await page.request.get(`/api/me/paper-state?ids=${ids.join(",")}`)).json()) as { votes: string[] };
    expect(state.votes.sort()).toEqual(ids.filter((id) => model.get(id)).sort());
  });

  test("limits votes per person: 429 with Retry-After", async ({ page }) => {
    const [paperId] = await newPaperIds(1);
    await signUpAndSignIn(page);
    let limited = null;
    for (let i = 0; i < 70 && !limited; i++) {
      const response = await page.request.fetch(`/api/papers/${paperId}/vote`, { method: i % 2 ? "DELETE" : "PUT" });
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await limited!.json()).error).toMatch(/Too many votes/);
  });
});
