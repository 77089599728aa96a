import "server-only";
import type { SessionUser } from "@/lib/auth/get-session-user";
import { HttpError } from "@/lib/http/http-error";
import { getJobQueueClient } from "@/lib/jobs/job-queue-client";
import { queueJobNow, type QueuedNow } from "@/lib/jobs/queue-job-now";
import { isAdmin } from "@/lib/users/is-admin";

/**
 * "Run now" on /admin/jobs. Only people in ADMIN_USERNAMES; to everyone else neither the jobs nor
 * this action exist (404), whatever route or page calls it.
 */
export async function queueJobAsAdmin(viewer: SessionUser, name: string): Promise<QueuedNow> {
  if (!isAdmin(viewer.username)) throw new HttpError(404, "not found");
  let boss;
  try {
    boss = await getJobQueueClient();
  } catch {
    throw new HttpError(503, "The job queue is not set up yet: it is, once a worker has started (npm start or npm run worker).");
  }
  const queued = await queueJobNow(boss, name);
  if (!queued) throw new HttpError(404, `no recurring job is called "${name}"`);
  return queued;
}
