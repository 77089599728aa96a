import { createJobQueue } from "@/lib/jobs/job-queue";

/**
 * Creates or migrates pg-boss's tables, with the app's own migrations: once, before the web server
 * and the workers start, so neither races the other to do it and the web server's "Run now" works
 * before the first worker is up. pg-boss serializes its migrations with a lock of its own.
 */
export async function installJobQueue(url: string): Promise<void> {
  const boss = createJobQueue(url, "installer");
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}
