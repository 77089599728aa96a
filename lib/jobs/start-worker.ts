import os from "node:os";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createJobQueue } from "@/lib/jobs/job-queue";
import { ensureJobQueue } from "@/lib/jobs/ensure-job-queue";
import { listRecurringJobs } from "@/lib/jobs/recurring-jobs";
import { runJob } from "@/lib/jobs/run-job";

// How often an idle worker asks for work. A job's first run waits at most this long.
const POLL_SECONDS = 2;
// Attempts older than this leave the JobRun history.
const HISTORY_DAYS = 30;

export type Worker = { name: string; stop: () => Promise<void> };

/**
 * Starts a worker: brings the queues and schedules in line with this configuration (listRecurringJobs),
 * then works every recurring job, one at a time per job. `npm start` runs one in its own process
 * beside the web server; `npm run worker` runs one alone. Several workers on one database share the
 * work: pg-boss hands each job to one of them, and fires each schedule once.
 */
export async function startWorker({ url, db, log }: { url: string; db: PrismaClient; log: (line: string) => void }): Promise<Worker> {
  const name = `${os.hostname()}:${process.pid}`;
  const boss = createJobQueue(url, "worker");
  boss.on("error", (error) => log(`job queue error: ${error.message}`));
  await boss.start();

  const jobs = listRecurringJobs();
  for (const job of jobs) {
    await ensureJobQueue(boss, job);
    await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
  }
  // A job this configuration switched off (INGEST_SOURCES=none, no DIGEST_SCHEDULE) stops firing.
  const wanted = new Set(jobs.map((job) => job.name));
  for (const schedule of await boss.getSchedules()) {
    if (!wanted.has(schedule.name)) await boss.unschedule(schedule.name);
  }
  await db.jobRun.deleteMany({ where: { startedAt: { lt: new Date(Date.now() - HISTORY_DAYS * 86_400_000) } } });

  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1, includeMetadata: true }, async ([queued]) => {
      if (!queued) return;
      return runJob(job, queued, { db, worker: name, log });
    });
    // A queued run already waiting makes this a no-op (the stately policy).
    if (job.runAtStart) await boss.send(job.name, {});
  }
  log(
    jobs.length
      ? `worker ${name} runs ${jobs.map((j) => `${j.name} (${j.cron} UTC)`).join(", ")}`
      : `worker ${name} has no jobs: ingestion is off (INGEST_SOURCES=none) and DIGEST_SCHEDULE is not set`,
  );
  return {
    name,
    // Finishes the jobs in hand (up to 30 s), then lets go: what is cut off is retried after its timeout.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
