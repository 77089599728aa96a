import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { createPapers, feedOf, type TestPaper } from "./helpers/papers";

// Two app servers on one PostgreSQL server: the one the tests browse (E2E_PORT) and the bare one
// (E2E_PORT + 3, see playwright.config.ts), each with its own page cache. A write through one must
// reach the other's cached pages, through the database's LISTEN/NOTIFY (lib/cache). On the
// embedded database there is one app server per database in real use, and no messages.
test.skip(!process.env.DATABASE_URL, "cross-server messages run on a PostgreSQL server");

const otherServer = `http://localhost:${Number(process.env.E2E_PORT ?? 3210) + 3}`;
const text = async (request: APIRequestContext, path: string) => (await request.get(path)).text();

test("a public collection made private through one server is gone from the other's cached pages within 2 s", async ({
  page,
  playwright,
}) => {
  const user = await signUpAndSignIn(page);
  const paper = (await createPapers(1)).papers[0]!;
  const title = `Shared reading ${randomBytes(4).toString("hex")}`;
  const created = await page.request.post("/api/me/collections", { data: { title, visibility: "PUBLIC", paperId: paper.id } });
  expect(created.status(), await created.text()).toBe(201);
  const { collection } = (await created.json()) as { collection: { id: string } };

  const visitor = await playwright.request.newContext({ baseURL: otherServer });
  const pages = [`/u/${user.username}`, `/papers/${paper.slug}`];
  // Cached on the other server with the collection in it.
  for (const path of pages) {
    await expect.poll(() => text(visitor, path)).toContain(title);
    expect(await text(visitor, path)).toContain(title);
  }
  const answer = await page.request.patch(`/api/me/collections/${collection.id}`, { data: { visibility: "PRIVATE" } });
  expect(answer.ok(), await answer.text()).toBe(true);
  for (const path of pages) await expect.poll(() => text(visitor, path), { timeout: 2000 }).not.toContain(title);
  await visitor.dispose();
});

test("votes through one server reorder the other's cached Top feed, within a refresh window and 2 s", async ({ page, playwright }) => {
  const mine = await createPapers(2, (i) => ({ upvotes: 5 - i }));
  const [first, second] = mine.papers as [TestPaper, TestPaper];
  const visitor = await playwright.request.newContext({ baseURL: otherServer });
  const order = async () => {
    const html = await text(visitor, feedOf(mine, "top"));
    return [first, second].sort((a, b) => html.indexOf(a.title) - html.indexOf(b.title)).map((paper) => paper.title);
  };
  expect(await order()).toEqual([first.title, second.title]);
  // Two votes lift the second paper (4 + 2) past the first (5).
  await signUpAndSignIn(page);
  expect((await page.request.put(`/api/papers/${second.id}/vote`, { data: {} })).status()).toBe(200);
  await signUpAndSignIn(page);
  expect((await page.request.put(`/api/papers/${second.id}/vote`, { data: {} })).status()).toBe(200);
  // Votes are gathered for up to 5 s (lib/votes/plan-list-refresh.ts), then reach every server.
  await expect.poll(order, { timeout: 7000 }).toEqual([second.title, first.title]);
  await visitor.dispose();
});
