import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startFakeUpstream, type FakeUpstream } from "../tests/fake-upstream";
import { appServerEnv } from "./helpers/app-env";
import { signUpAndSignIn } from "./helpers/auth";

// The living feed as a new user meets it: a fresh `npm start` (scripts/start.ts, its own embedded
// database, its own worker) pointed at a server replaying Hugging Face's Daily Papers fills the
// feed by itself, with code links; running ingestion again changes nothing; an admin sees the jobs.

const mainPort = Number(process.env.E2E_PORT ?? 3210);
const appPort = mainPort + 5;
const base = `http://localhost:${appPort}`;
const dbPassword = randomBytes(18).toString("base64url");
const databaseUrl = `postgresql://postgres:${dbPassword}@127.0.0.1:${appPort + 1}/postgres?sslmode=disable`;
const tag = randomBytes(3).toString("hex");
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

// In Hugging Face's own shape (https://huggingface.co/api/daily_papers?date=…), two days of it.
function listing(day: string, ids: string[]) {
  return JSON.stringify(
    ids.map((id, index) => {
      const paper = {
        id,
        title: `Living feed paper ${tag} ${id}`,
        summary: `An abstract about streaming ${tag}, number ${index}.`,
        publishedAt: `${day}T10:00:00.000Z`,
        submittedOnDailyAt: `${day}T12:${String(index).padStart(2, "0")}:00.000Z`,
        upvotes: 40 - index,
        authors: [{ name: "Ada Lovelace" }, { name: "Alan Turing", hidden: false }],
        githubRepo: index === 0 ? `https://github.com/papershelf/living-${tag}` : undefined,
        githubStars: index === 0 ? 1234 : undefined,
        projectPage: index === 0 ? `https://living-${tag}.example.org` : undefined,
      };
      return {
        paper,
        title: paper.title,
        summary: paper.summary,
        publishedAt: paper.publishedAt,
        submittedOnDailyAt: paper.submittedOnDailyAt,
        numComments: 0,
      };
    }),
  );
}
const todayIds = ["2611.90001", "2611.90002", "2611.90003"];
const yesterdayIds = ["2611.80001", "2611.80002"];

let upstream: FakeUpstream;
let app: ChildProcess;
let appLog = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  upstream = await startFakeUpstream(mainPort + 7);
  upstream.setHfDay(today, listing(today, todayIds));
  upstream.setHfDay(yesterday, listing(yesterday, yesterdayIds));
  // The same build settings as the app under test (so no second build), its own ports and
  // database, ingestion on, and never the CI's DATABASE_URL: this is the embedded-database start.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...inherited,
      ...appServerEnv(mainPort),
      PORT: String(appPort),
      EMBEDDED_DB_PORT: String(appPort + 1),
      EMBEDDED_DB_PASSWORD: dbPassword,
      HF_API_URL: upstream.hfApiUrl,
      INGEST_SOURCES: "hf",
      ADMIN_USERNAMES: `admin_${tag}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [app.stdout!, app.stderr!]) stream.on("data", (chunk: Buffer) => (appLog += chunk.toString()));
  await expect
    .poll(async () => (await fetch(`${base}/api/papers?limit=1`).catch(() => null))?.status, {
      timeout: 180_000,
      message: "the app should start",
    })
    .toBe(200);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await upstream?.close();
});

test("a fresh start fills the feed from Hugging Face within two minutes, with code links", async ({ page }) => {
  test.setTimeout(180_000);
  // No command: the worker that `npm start` runs ingests at once, and the page refreshes.
  await expect
    .poll(async () => (await (await fetch(`${base}/?sort=new`)).text()).includes(`Living feed paper ${tag} 2611.90001`), {
      timeout: 120_000,
      intervals: [2_000],
      message: `the feed should show the listing; the app said:\n${appLog.slice(-3000)}`,
    })
    .toBe(true);
  await page.goto(`${base}/?sort=new`);
  for (const id of [...todayIds, ...yesterdayIds])
    await expect(page.getByRole("heading", { name: `Living feed paper ${tag} ${id}` })).toBeVisible();
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Living feed paper ${tag} 2611.90001` }) });
  await expect(card.getByRole("link", { name: /^Code on GitHub/ })).toHaveAttribute("href", `https://github.com/papershelf/living-${tag}`);
  const api = (await (await fetch(`${base}/api/papers?sort=new&limit=10`)).json()) as {
    papers: { arxivId: string; codeUrl: string | null }[];
  };
  expect(api.papers.find((p) => p.arxivId === "2611.90001")).toMatchObject({ codeUrl: `https://github.com/papershelf/living-${tag}` });
  expect(api.papers.find((p) => p.arxivId === "2611.90002")).toMatchObject({ codeUrl: null });
});

test("running ingestion again changes nothing", async () => {
  const before = await (await fetch(`${base}/api/papers?sort=new&limit=50`)).text();
  const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/jobs.ts", "run", "ingest-hf"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, HF_API_URL: upstream.hfApiUrl, INGEST_SOURCES: "hf" },
    });
    let out = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
  expect(run.code, run.out).toBe(0);
  expect(run.out).toMatch(/ingest-hf: done in .*: 3 days: 0 new, 0 updated, 5 unchanged/);
  expect(await (await fetch(`${base}/api/papers?sort=new&limit=50`)).text()).toBe(before);
});

test("an admin sees the jobs and runs one now; anyone else gets a 404", async ({ browser }) => {
  const admin = await browser.newContext({ baseURL: base });
  const page = await admin.newPage();
  await signUpAndSignIn(admin, { username: `admin_${tag}` });
  await page.goto(`${base}/admin/jobs`);
  const job = page.getByRole("region", { name: "ingest-hf" });
  await expect(job).toContainText("Succeeded");
  await expect(job).toContainText("3 days:");
  await job.getByRole("button", { name: "Run now ingest-hf" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Queued ingest-hf|already waiting/ })).toBeVisible();
  await admin.close();

  const anonymous = await browser.newContext({ baseURL: base });
  expect((await (await anonymous.newPage()).goto(`${base}/admin/jobs`))!.status()).toBe(404);
  expect((await anonymous.request.post(`${base}/api/admin/jobs/ingest-hf/run`, { headers: { origin: base } })).status()).toBe(404);
  await anonymous.close();

  const other = await browser.newContext({ baseURL: base });
  const visitor = await other.newPage();
  await signUpAndSignIn(other);
  expect((await visitor.goto(`${base}/admin/jobs`))!.status()).toBe(404);
  const forged = await other.request.post(`${base}/api/admin/jobs/ingest-hf/run`, { headers: { origin: base } });
  expect(forged.status()).toBe(404);
  await other.close();
});
