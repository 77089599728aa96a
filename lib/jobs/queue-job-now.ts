import type PgBoss from "pg-boss";
import { ensureJobQueue } from "@/lib/jobs/ensure-job-queue";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { listRecurringJobs } from "@/lib/jobs/recurring-jobs";

export type QueuedNow = { jobId: string; alreadyQueued: boolean };

/**
 * Queues a run of a recurring job now ("Run now", `npm run jobs -- run <name>`). The queue holds
 * at most one waiting run per job (the stately policy), so when one is already waiting, that one
 * is the answer. Null when no recurring job has this name in this configuration.
 */
export async function queueJobNow(boss: PgBoss, name: string): Promise<QueuedNow | null> {
  const job = listRecurringJobs().find((candidate) => candidate.name === name);
  if (!job) return null;
  await ensureJobQueue(boss, job);
  const jobId = await boss.send(name, {});
  if (jobId) return { jobId, alreadyQueued: false };
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT id FROM ${JOB_QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active') ORDER BY state = 'active', created_on LIMIT 1`,
      [name],
    );
  const waiting = rows[0] as { id: string } | undefined;
  if (!waiting) throw new Error(`${name} could not be queued; try again`);
  return { jobId: waiting.id, alreadyQueued: true };
}
