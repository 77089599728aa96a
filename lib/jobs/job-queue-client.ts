import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env.js";
import { createJobQueue } from "@/lib/jobs/job-queue";

const globalForQueue = globalThis as unknown as { papershelfJobQueue?: Promise<PgBoss> };

/**
 * The web server's handle on the job queue, to queue a run from /admin/jobs: a client only (it
 * never works jobs, fires schedules or migrates), started on first use, like the database client.
 */
export function getJobQueueClient(): Promise<PgBoss> {
  globalForQueue.papershelfJobQueue ??= (async () => {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
    const boss = createJobQueue(env.DATABASE_URL, "client");
    boss.on("error", (error) => console.error(`job queue error: ${error.message}`));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    // Not installed yet (no worker has started): the next use tries again.
    globalForQueue.papershelfJobQueue = undefined;
    throw error;
  });
  return globalForQueue.papershelfJobQueue;
}
