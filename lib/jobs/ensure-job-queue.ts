import type PgBoss from "pg-boss";
import { jobRetryDelaySeconds, jobTimeoutSeconds, type RecurringJob } from "@/lib/jobs/recurring-jobs";

const DEADLOCK_DETECTED = "40P01";

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
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, options);
      else await boss.createQueue(job.name, options);
      return;
    } catch (error) {
      // Workers starting together on a new queue: pg-boss's create_queue inserts the queue's row,
      // then locks the queue table to add a foreign key, so two at once can each wait for the other.
      // PostgreSQL ends one of them; by then the other holds what it needs, and a second try waits
      // for it and finds the queue made.
      if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt === 3) throw error;
    }
  }
}
