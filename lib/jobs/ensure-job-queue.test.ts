import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ensureJobQueue } from "@/lib/jobs/ensure-job-queue";
import { createJobQueue } from "@/lib/jobs/job-queue";
import type { RecurringJob } from "@/lib/jobs/recurring-jobs";
import { testDb } from "@/tests/db";

// Workers started together each bring every queue in line at start. On PostgreSQL two
// pgboss.create_queue calls for one new queue can deadlock each other (seen once in ten starts of
// two workers on a fresh database, by the cluster test): the worker that lost died at start.

const job = (name: string): RecurringJob => ({
  name,
  description: "a test queue",
  cron: "0 7 * * *",
  runAtStart: false,
  timeoutSeconds: 60,
  retryLimit: 2,
  retryDelaySeconds: 5,
  run: async () => ({ summary: "" }),
});

const names: string[] = [];
afterAll(async () => {
  for (const name of names) await testDb().$executeRaw`SELECT pgboss.delete_queue(${name})`;
});

describe("ensureJobQueue", { timeout: 120_000 }, () => {
  it("sets one new queue up from many workers at once, every time", async () => {
    const bosses = Array.from({ length: 6 }, () => createJobQueue(inject("databaseUrl"), "client"));
    await Promise.all(bosses.map((boss) => boss.start()));
    try {
      for (let round = 0; round < 5; round++) {
        const name = `test-${randomBytes(4).toString("hex")}`;
        names.push(name);
        await Promise.all(bosses.map((boss) => ensureJobQueue(boss, job(name))));
        expect(await bosses[0]!.getQueue(name)).toMatchObject({ name, policy: "stately", retryLimit: 2, expireInSeconds: 60 });
      }
    } finally {
      await Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true })));
    }
  });
});
