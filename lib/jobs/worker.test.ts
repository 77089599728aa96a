import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { subscriptionToken } from "@/lib/subscriptions/subscription-token";
import { createTestPaper, resetDb, testDb } from "@/tests/db";
import { startFakeSmtp } from "@/tests/fake-smtp";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";

// Real workers (scripts/worker.ts, each its own process, as `npm start` and `npm run worker` run
// them) on the test database, ingesting from a local replay of Hugging Face. Short timeouts and
// retry delays (JOBS_*) so that what takes minutes in production takes seconds here.

const today = new Date().toISOString().slice(0, 10);
const ids = ["2611.70001", "2611.70002", "2611.70003", "2611.70004"];

function listing(day: string) {
  return JSON.stringify(
    ids.map((id, index) => ({
      paper: {
        id,
        title: `Worker test paper ${id}`,
        summary: "An abstract.",
        publishedAt: `${day}T08:00:00.000Z`,
        submittedOnDailyAt: `${day}T09:0${index}:00.000Z`,
        upvotes: 10 + index,
        authors: [{ name: "Grace Hopper" }],
      },
      title: `Worker test paper ${id}`,
      publishedAt: `${day}T08:00:00.000Z`,
      submittedOnDailyAt: `${day}T09:0${index}:00.000Z`,
      numComments: 0,
    })),
  );
}

let upstream: FakeUpstream;
const workers: { child: ChildProcess; output: () => string }[] = [];

function startWorker(extra: Record<string, string> = {}) {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      HF_API_URL: upstream.hfApiUrl,
      INGEST_SOURCES: "hf",
      DIGEST_SCHEDULE: undefined,
      JOBS_TIMEOUT_SECONDS: "6",
      JOBS_RETRY_DELAY_SECONDS: "1",
      JOBS_MAINTENANCE_SECONDS: "1",
      // No web server here to refresh: the worker says so and goes on.
      APP_INTERNAL_URL: "http://127.0.0.1:9",
      ...extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const worker = { child, output: () => output };
  workers.push(worker);
  return worker;
}

async function stop(worker: { child: ChildProcess }, signal: NodeJS.Signals = "SIGTERM") {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.child.once("exit", resolve));
  worker.child.kill(signal);
  await exited;
}

const runs = () => testDb().jobRun.findMany({ where: { job: "ingest-hf" }, orderBy: { startedAt: "asc" } });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}\n${workers.map((w) => w.output()).join("\n---\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
  upstream.setHfDay(today, listing(today));
});
afterAll(() => upstream.close());
beforeEach(async () => {
  await resetDb();
  // The queue's own rows, so each test starts with no job waiting (its tables, installed with the
  // migrations by tests/global-setup.ts, stay).
  await testDb().$executeRaw`TRUNCATE pgboss.job, pgboss.archive`;
  upstream.requests.length = 0;
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => stop(w, "SIGKILL")));
});

describe("the worker", { timeout: 120_000 }, () => {
  it("ingests at start, once, and a second run changes nothing", async () => {
    const worker = startWorker();
    const [first] = await until(runs, (r) => r.length === 1 && r[0]!.ok === true, "the first run");
    expect(first!.summary).toBe("3 days: 4 new, 0 updated, 0 unchanged");
    expect(await testDb().paper.count({ where: { arxivId: { in: ids } } })).toBe(4);
    // Every day since the last success (a fresh install: the last three), one request each.
    expect(upstream.requests.filter((r) => r.startsWith("/api/daily_papers")).length).toBe(3);

    const again = startWorker();
    const both = await until(runs, (r) => r.length === 2 && r[1]!.ok === true, "the second run");
    expect(both[1]!.summary).toBe("3 days: 0 new, 0 updated, 4 unchanged");
    expect(await testDb().paper.count({ where: { arxivId: { in: ids } } })).toBe(4);
    await stop(worker);
    await stop(again);
    expect(worker.output()).toMatch(/ingest-hf: done in [\d.]+ s: 3 days: 4 new/);
  });

  it("a worker killed mid-job loses nothing: the job runs again elsewhere and its effects happen once", async () => {
    // The first listing request hangs long enough to kill the worker in the middle of it.
    upstream.script({ status: 200, headers: { "content-type": "application/json" }, body: listing(today), delayMs: 20_000 });
    const doomed = startWorker();
    await until(runs, (r) => r.length === 1, "the first attempt to start");
    await stop(doomed, "SIGKILL");

    const survivor = startWorker();
    const [cutOff] = await runs();
    // The survivor also queues a run of its own at start (one may wait beside one running); the
    // point is that the killed worker's job comes back: same queue job, next attempt, done.
    const attempts = await until(
      runs,
      (r) => r.some((run) => run.queueJobId === cutOff!.queueJobId && run.ok === true),
      "the cut-off job to run again",
      60_000,
    );
    const retried = attempts.find((run) => run.queueJobId === cutOff!.queueJobId && run.ok)!;
    // Usually attempt 2; on a busy machine that attempt can itself outlast the 6 s timeout set here
    // and be retried once more. Either way it is the same job, and its effects happen once (below).
    expect(retried.attempt).toBeGreaterThanOrEqual(2);
    expect(attempts.find((run) => run.id === cutOff!.id)!.endedAt).toBeNull();
    expect(await testDb().paper.count({ where: { arxivId: { in: ids } } })).toBe(4);
    // Whoever ran first created the papers; every later run found them unchanged.
    expect(attempts.filter((run) => run.ok && /\b4 new\b/.test(run.summary ?? ""))).toHaveLength(1);
    await stop(survivor);
  });

  it("two workers racing for the same job: one runs it, never both at once", async () => {
    const a = startWorker();
    const b = startWorker();
    await until(runs, (r) => r.length >= 1 && r.every((run) => run.endedAt !== null), "the run");
    // Both queued it at start; the queue keeps one waiting run per job, and one worker takes it.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const all = await runs();
    for (let i = 1; i < all.length; i++) expect(all[i]!.startedAt.getTime()).toBeGreaterThanOrEqual(all[i - 1]!.endedAt!.getTime());
    expect(all.filter((run) => run.ok && run.summary?.includes("4 new"))).toHaveLength(1);
    expect(await testDb().paper.count({ where: { arxivId: { in: ids } } })).toBe(4);
    await Promise.all([stop(a), stop(b)]);
  });

  it("a source that fails is retried with backoff and one clear line per attempt", async () => {
    upstream.script(
      { status: 503, headers: { "retry-after": "0" }, body: "down" },
      { status: 503, headers: { "retry-after": "0" }, body: "down" },
      { status: 503, headers: { "retry-after": "0" }, body: "down" },
      { status: 503, headers: { "retry-after": "0" }, body: "down" },
    );
    const worker = startWorker();
    const attempts = await until(runs, (r) => r.some((run) => run.ok === true), "a run that succeeds after the source recovers", 60_000);
    expect(attempts[0]!.ok).toBe(false);
    expect(attempts[0]!.summary).toMatch(/failed/);
    expect(worker.output()).toMatch(/ingest-hf: failed \(attempt 1 of 6\)/);
    expect(await testDb().paper.count({ where: { arxivId: { in: ids } } })).toBe(4);
  });
});

/** `npm run jobs [args]` with the given settings, as an operator runs it. */
function jobsCli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/jobs.ts", ...args], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl"), APP_INTERNAL_URL: "http://127.0.0.1:9", ...env },
    });
    let out = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("npm run jobs", { timeout: 120_000 }, () => {
  it("runs the digest job now, which sends each subscriber yesterday's digest once however often it runs, and lists it", async () => {
    const smtp = await startFakeSmtp();
    try {
      const yesterday = new Date(Date.now() - 86_400_000);
      await createTestPaper({ title: "Yesterday's best", upvotes: 7, listedAt: yesterday });
      const subscribers = ["a@example.test", "b@example.test", "c@example.test"];
      for (const email of subscribers) {
        await testDb().subscription.create({
          data: { email, status: "ACTIVE", frequency: "DAILY", confirmToken: subscriptionToken(), unsubscribeToken: subscriptionToken() },
        });
      }
      const env = { DIGEST_SCHEDULE: "07:00", SMTP_URL: smtp.url, INGEST_SOURCES: "none" };
      const day = yesterday.toISOString().slice(0, 10);

      const first = await jobsCli(["run", "send-digest"], env);
      expect(first.code, first.out).toBe(0);
      expect(first.out).toContain(`send-digest: done in`);
      expect(first.out).toContain(`daily:${day}: 3 sent`);
      const again = await jobsCli(["run", "send-digest"], env);
      expect(again.code, again.out).toBe(0);
      expect(again.out).toContain(`daily:${day}: 0 sent`);
      expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(subscribers);

      const listing = await jobsCli([], env);
      expect(listing.code, listing.out).toBe(0);
      expect(listing.out).toMatch(/^send-digest {2}\(0 7 \* \* \*, UTC\) {2}The email digest/m);
      expect(listing.out).toMatch(new RegExp(`^  last run: {2}\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC ok: daily:${day}: 0 sent`, "m"));
      expect(listing.out).toMatch(/^ {2}next run: {2}\d{4}-\d{2}-\d{2} 07:00 UTC$/m);
      // Ingestion is off in this configuration: it is not listed, and cannot be run.
      expect(listing.out).not.toContain("ingest-hf");
      const unknown = await jobsCli(["run", "ingest-hf"], env);
      expect(unknown.code).toBe(2);
      expect(unknown.out).toContain(
        'No recurring job is called "ingest-hf". Jobs: send-digest, match-alerts, similar-papers, similar-papers-rebuild, train-recommendations, send-comment-emails.',
      );
    } finally {
      await smtp.close();
    }
  });
});
