import PgBoss from "pg-boss";
import { env } from "@/lib/env.js";

/** pg-boss keeps its tables in a schema of their own, apart from the app's (Prisma's) tables. */
export const JOB_QUEUE_SCHEMA = "pgboss";

export type JobQueueRole =
  /** Works jobs, fires schedules and runs pg-boss's maintenance (expiring jobs of dead workers). */
  | "worker"
  /** Only queues jobs and reads them (the web server's "Run now", `npm run jobs`). */
  | "client"
  /** Only creates or migrates pg-boss's tables (lib/jobs/install-job-queue.ts). */
  | "installer";

/**
 * The job queue on the app's own PostgreSQL (pg-boss; README "Background jobs" says why).
 *
 * Polling, never LISTEN/NOTIFY: pg-boss does not use them, which is why it works on the embedded
 * server, where every connection shares one PostgreSQL session. Its locks are transaction-scoped
 * (SKIP LOCKED, advisory xact locks), so they hold on a shared session too.
 */
export function createJobQueue(url: string, role: JobQueueRole): PgBoss {
  const worker = role === "worker";
  return new PgBoss({
    connectionString: url,
    schema: JOB_QUEUE_SCHEMA,
    application_name: `papershelf-${role}`,
    max: worker ? 4 : 2,
    // A client never migrates pg-boss's schema: that is done once before anything starts.
    migrate: role !== "client",
    supervise: worker,
    schedule: worker,
    // A killed worker's job is expired (and retried) within this of its own timeout.
    maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_SECONDS,
    // Finished jobs stay in pg-boss's archive for a week; our JobRun table keeps the history.
    archiveCompletedAfterSeconds: 60 * 60,
    deleteAfterDays: 7,
  });
}
