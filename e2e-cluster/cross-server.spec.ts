import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { fakeAddress, signIn, signUp, uniqueUser, type TestUser } from "../e2e/helpers/auth";
import { runScript } from "../e2e/helpers/cli";
import { createPapers } from "../e2e/helpers/papers";
import { readCluster, type ClusterTestInfo } from "./helpers/cluster-info";

// What must hold across the two app servers behind the balancer. Each change is made through
// server A (or from the command line) after server B has the affected pages in its cache, and must
// show on B within 2 s: B only learns of it through the database (LISTEN/NOTIFY, lib/cache/).
// Serial, and the vote first: votes refresh the lists at once only after a quiet spell of the
// server they went through (lib/votes/plan-list-refresh.ts), and this vote is server A's first.

let cluster: ClusterTestInfo;
let serverA: string;
let serverB: string;
const FRESH = { timeout: 2000, intervals: [100] };

test.describe.configure({ mode: "serial" });
test.beforeAll(() => {
  cluster = readCluster();
  [serverA, serverB] = cluster.appUrls as [string, string];
});

type Playwright = PlaywrightWorkerArgs["playwright"];

/** A person signed up and signed in on server A, with their own cookie jar. */
async function personOnA(playwright: Playwright): Promise<{ user: TestUser; a: APIRequestContext }> {
  const user = uniqueUser();
  const address = fakeAddress();
  const a = await playwright.request.newContext({ baseURL: serverA });
  await signUp(a, user, address);
  await signIn(a, user, address);
  return { user, a };
}

/** The same person's session, used on server B. */
async function sameSessionOn(playwright: Playwright, from: APIRequestContext, baseURL: string) {
  return playwright.request.newContext({ baseURL, storageState: await from.storageState() });
}

const text = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
};

test("a vote through server A shows on server B's cached pages within 2 s", async ({ playwright }) => {
  const papers = await createPapers(2, (index) => ({ upvotes: 3 - index }));
  const paper = papers.papers[1]!;
  const { user, a } = await personOnA(playwright);
  const visitorB = await playwright.request.newContext({ baseURL: serverB });
  const topList = `/api/papers?sort=top&category=${papers.category}&limit=10`;
  const upvotesOnB = async () => {
    const page = (await (await visitorB.get(topList)).json()) as { papers: { id: string; upvotes: number }[] };
    return page.papers.find((p) => p.id === paper.id)?.upvotes;
  };
  // Cached on B before the vote.
  expect(await upvotesOnB()).toBe(2);
  expect(await text(visitorB, `/u/${user.username}`)).not.toContain(paper.title);

  const vote = await a.put(`/api/papers/${paper.id}/vote`, { data: {} });
  expect(vote.status(), await vote.text()).toBe(200);
  expect(await vote.json()).toEqual({ voted: true, upvotes: 3 });

  await expect.poll(upvotesOnB, FRESH).toBe(3);
  await expect.poll(() => text(visitorB, `/u/${user.username}`), FRESH).toContain(paper.title);
  // And the voter, now on B, sees their own vote and the fresh count.
  const sameOnB = await sameSessionOn(playwright, a, serverB);
  expect(await (await sameOnB.get(`/api/me/paper-state?ids=${paper.id}`)).json()).toMatchObject({
    votes: [paper.id],
    counts: { [paper.id]: 3 },
  });
});

test("a new public collection and a save through server A show on server B within 2 s", async ({ playwright }) => {
  const papers = await createPapers(2);
  const [first, second] = papers.papers as [(typeof papers.papers)[0], (typeof papers.papers)[0]];
  const { user, a } = await personOnA(playwright);
  const b = await sameSessionOn(playwright, a, serverB);
  const visitorB = await playwright.request.newContext({ baseURL: serverB });
  const title = `Cluster reading ${randomBytes(4).toString("hex")}`;
  const publicCollections = async () =>
    ((await (await visitorB.get("/api/collections?limit=50")).json()) as { collections: { title: string; papers: { id: string }[] }[] })
      .collections;
  const pages = [`/u/${user.username}`, `/papers/${first.slug}`, `/papers/${second.slug}`];
  for (const page of pages) expect(await text(visitorB, page)).not.toContain(title);
  expect((await publicCollections()).map((c) => c.title)).not.toContain(title);

  // A new public collection with the first paper in it.
  const created = await a.post("/api/me/collections", { data: { title, visibility: "PUBLIC", paperId: first.id } });
  expect(created.status(), await created.text()).toBe(201);
  const { collection } = (await created.json()) as { collection: { id: string } };
  await expect.poll(async () => (await publicCollections()).map((c) => c.title), FRESH).toContain(title);
  for (const page of pages.slice(0, 2)) await expect.poll(() => text(visitorB, page), FRESH).toContain(title);

  // Saved into it ("Save to…"): the second paper's cached page on B names the collection.
  const added = await a.put(`/api/me/collections/${collection.id}/items/${second.id}`);
  expect(added.status(), await added.text()).toBe(200);
  await expect.poll(() => text(visitorB, `/papers/${second.slug}`), FRESH).toContain(title);
  await expect
    .poll(async () => (await publicCollections()).find((c) => c.title === title)?.papers.map((p) => p.id), FRESH)
    .toEqual([first.id, second.id]);

  // Saved with Save (the private Reading list): the person sees it on B, in the paper's state and their lists.
  expect((await (await b.get(`/api/me/paper-state?ids=${second.id}`)).json()).saved).toEqual([second.id]);
  const { papers: other } = await createPapers(1);
  const saved = await a.post("/api/me/saves", { data: { paperId: other[0]!.id } });
  expect(saved.status(), await saved.text()).toBe(200);
  await expect
    .poll(async () => ((await (await b.get(`/api/me/paper-state?ids=${other[0]!.id}`)).json()) as { saved: string[] }).saved, FRESH)
    .toEqual([other[0]!.id]);
  const mine = (await (await b.get("/api/me/collections")).json()) as { collections: { isDefault: boolean; itemCount: number }[] };
  expect(mine.collections.find((c) => c.isDefault)?.itemCount).toBe(1);
});

test("a command-line import shows on both servers' cached feeds within 2 s", async ({ playwright }) => {
  const tag = randomBytes(4).toString("hex");
  const arxivId = `2611.${String(10_000 + (randomBytes(2).readUInt16BE() % 90_000)).padStart(5, "0")}`;
  const title = `Imported on the command line ${tag}`;
  const now = new Date().toISOString();
  const listing = [
    {
      paper: {
        id: arxivId,
        title,
        summary: `An abstract ${tag}.`,
        publishedAt: now,
        submittedOnDailyAt: now,
        upvotes: 1,
        authors: [{ name: "Ada Lovelace" }],
      },
      title,
      publishedAt: now,
      submittedOnDailyAt: now,
      numComments: 0,
    },
  ];
  const dir = mkdtempSync(path.join(os.tmpdir(), "papershelf-import-"));
  const file = path.join(dir, "daily_papers.json");
  writeFileSync(file, JSON.stringify(listing));
  const visitors = await Promise.all(cluster.appUrls.map((baseURL) => playwright.request.newContext({ baseURL })));
  for (const visitor of visitors) {
    expect(await text(visitor, "/?sort=new")).not.toContain(title);
    expect(await text(visitor, "/api/papers?sort=new&limit=5")).not.toContain(arxivId);
  }

  // As an operator runs it: the site's settings, no server named (it tells every server through the database).
  const { APP_INTERNAL_URL: _none, ...env } = cluster.siteEnv;
  const run = await runScript("import", ["hf", file], env);
  rmSync(dir, { recursive: true, force: true });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain("1 new");

  for (const visitor of visitors) {
    await expect.poll(() => text(visitor, "/?sort=new"), FRESH).toContain(title);
    await expect.poll(() => text(visitor, "/api/papers?sort=new&limit=5"), FRESH).toContain(arxivId);
  }
});

const accountMenu = (page: Page, name: string) => page.getByRole("button", { name: `Account menu for ${name}` });

test("a session made on server A works on server B, and signing out on B ends it on A", async ({ browser, playwright }) => {
  const context = await browser.newContext({ baseURL: serverA });
  const user = uniqueUser();
  const address = fakeAddress();
  await signUp(context.request, user, address);
  await signIn(context.request, user, address);
  const copied = await context.storageState();

  const page = await context.newPage();
  await page.goto(`${serverB}/`);
  await expect(accountMenu(page, user.name)).toBeVisible();
  // A write on B with the session made on A.
  const { papers } = await createPapers(1);
  const b = await playwright.request.newContext({ baseURL: serverB, storageState: copied });
  expect((await b.put(`/api/papers/${papers[0]!.id}/vote`, { data: {} })).status()).toBe(200);

  await accountMenu(page, user.name).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // The cookie as it was before: refused on A too (the account's session version is in the database).
  const a = await playwright.request.newContext({ baseURL: serverA, storageState: copied });
  expect(await (await a.get("/api/me")).json()).toEqual({ user: null });
  await context.close();
});

test("a rate limit counts requests on both servers together", async ({ playwright }) => {
  // RATE_LIMIT_VOTES_PER_MINUTE, left at its default.
  const LIMIT = 60;
  const { papers } = await createPapers(1);
  const url = `/api/papers/${papers[0]!.id}/vote`;
  const { a } = await personOnA(playwright);
  const b = await sameSessionOn(playwright, a, serverB);
  // Upvote on A, take it back on B, and so on: each server alone sees half of the limit.
  for (let i = 0; i < LIMIT; i++) {
    const answer = i % 2 === 0 ? await a.put(url, { data: {} }) : await b.delete(url, { data: {} });
    expect(answer.status(), `vote ${i + 1}: ${await answer.text()}`).toBe(200);
  }
  for (const [server, request] of [
    ["A", a],
    ["B", b],
  ] as const) {
    const over = await request.put(url, { data: {} });
    expect(over.status(), `server ${server}: ${await over.text()}`).toBe(429);
    expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
  }
});

test("the balancer sends requests to both servers", async ({ request }) => {
  // Round robin: of two requests in a row through the balancer, each server answers one. Next's
  // own header carries no server name, so ask HAProxy's statistics how many each served.
  const served = async () => {
    const csv = await (await fetch(`${cluster.statsUrl}/;csv`)).text();
    const [header, ...rows] = csv.trim().split("\n");
    const columns = header!.replace(/^# /, "").split(",");
    return Object.fromEntries(
      rows
        .map((row) => row.split(","))
        .filter((cells) => cells[columns.indexOf("pxname")] === "app" && /^app\d$/.test(cells[columns.indexOf("svname")]!))
        .map((cells) => [cells[columns.indexOf("svname")], Number(cells[columns.indexOf("stot")])]),
    ) as Record<string, number>;
  };
  const before = await served();
  for (let i = 0; i < 10; i++) expect((await request.get("/api/health")).status()).toBe(200);
  const after = await served();
  expect(after.app1! - before.app1!).toBe(5);
  expect(after.app2! - before.app2!).toBe(5);
});
