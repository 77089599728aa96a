import type PgBoss from "pg-boss";
import { jobRetryDelaySeconds, jobTimeoutSeconds, type RecurringJob } from "@/lib/jobs/recurring-jobs";

/**
 * Creates a recurring job's queue, or brings its settings in line with this configuration: by
 * every worker at start, and by "Run now" before any worker has (pg-boss sends only to queues
 * that exist).
 */
export async function ensureJobQueue(boss: PgBoss, job: RecurringJob): Promise<void> {
  const options: PgBoss.Queue = {
    name: job.name,
    // At most one queued and one running of each job, with any number of workers: a schedule
    // that fires while the last run is still going queues one run after it, never a pile.
    policy: "stately",
    retryLimit: job.retryLimit,
    retryDelay: jobRetryDelaySeconds(job),
    retryBackoff: true,
    expireInSeconds: jobTimeoutSeconds(job),
  };
  if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, options);
  else await boss.createQueue(job.name, options);
}
