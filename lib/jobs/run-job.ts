import type { PrismaClient } from "@/lib/generated/prisma/client";
import { jobRetryDelaySeconds, jobTimeoutSeconds, type JobOutcome, type RecurringJob } from "@/lib/jobs/recurring-jobs";
import { revalidateAppServers } from "@/lib/cache/revalidate-app-servers";

export type QueuedJob = { id: string; retryCount: number; retryLimit: number; createdOn: Date };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();

/** A run's length as the log lines give it. */
export function formatRunTime(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/**
 * One attempt of a recurring job, as a worker runs it: recorded in JobRun before it starts (so an
 * attempt cut off by a killed worker still shows), aborted at the job's timeout, logged as one
 * line when it ends, and thrown on failure so that pg-boss retries it with backoff. The job's own
 * code must make its effects idempotent: a retry, or a run after a worker died mid-job, does
 * everything again.
 */
export async function runJob(
  job: RecurringJob,
  queued: QueuedJob,
  { db, worker, log }: { db: PrismaClient; worker: string; log: (line: string) => void },
): Promise<JobOutcome> {
  const attempt = queued.retryCount + 1;
  const of = `attempt ${attempt} of ${queued.retryLimit + 1}`;
  const record = await db.jobRun.create({ data: { job: job.name, queueJobId: queued.id, attempt, worker }, select: { id: true } });
  const started = Date.now();
  // pg-boss fails the job at its expiry; abort a moment before, so the run stops by itself.
  const timeout = AbortSignal.timeout(Math.max(1, jobTimeoutSeconds(job) - 1) * 1000);
  try {
    const outcome = await job.run({ db, signal: timeout, log: (line) => log(`${job.name}: ${line}`), queuedAt: queued.createdOn });
    await db.jobRun.update({ where: { id: record.id }, data: { endedAt: new Date(), ok: true, summary: outcome.summary } });
    log(`${job.name}: done in ${formatRunTime(Date.now() - started)}: ${outcome.summary}`);
    if (outcome.revalidate) {
      const refreshed = await revalidateAppServers(outcome.revalidate);
      if (!refreshed.ok)
        log(`${job.name}: could not refresh the web server's cached pages: ${refreshed.reason}; they refresh within the hour`);
    }
    return outcome;
  } catch (error) {
    const reason = timeout.aborted ? `timed out after ${jobTimeoutSeconds(job)} s` : message(error);
    await db.jobRun.update({ where: { id: record.id }, data: { endedAt: new Date(), ok: false, summary: reason } });
    const next =
      attempt <= queued.retryLimit
        ? // pg-boss's backoff: between retryDelay × 2^n and twice that.
          `retried in ${jobRetryDelaySeconds(job) * 2 ** queued.retryCount}–${jobRetryDelaySeconds(job) * 2 ** (queued.retryCount + 1)} s`
        : "no attempts left; the next scheduled run tries again";
    log(`${job.name}: failed (${of}) after ${formatRunTime(Date.now() - started)}: ${reason}; ${next}`);
    throw error instanceof Error ? error : new Error(reason);
  }
}
