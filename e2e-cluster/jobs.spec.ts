import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/create-prisma-client";
import { readCluster, type ClusterTestInfo } from "./helpers/cluster-info";

// Two workers, one schedule: the digest job, which global-setup.ts scheduled at a coming minute
// (DIGEST_SCHEDULE), runs once for that cron tick, not once per worker. pg-boss fires a schedule
// within the minute after its time (every worker looks every 30 s, and a fire is a singleton of
// that minute), so once the minute is over and the queue is empty, no other run can come.

let cluster: ClusterTestInfo;
test.beforeAll(() => {
  cluster = readCluster();
});
const MINUTE = 60_000;

test("a recurring job runs once per cron tick with two workers", async () => {
  test.setTimeout(cluster.digestTick + 3 * MINUTE - Date.now());
  const db = createPrismaClient(cluster.primaryUrl, 1);
  try {
    const runs = () => db.jobRun.findMany({ where: { job: "send-digest" }, orderBy: { startedAt: "asc" } });
    // Before the tick, nothing ran (the job does not run at a worker's start).
    if (Date.now() < cluster.digestTick) expect(await runs()).toEqual([]);

    await expect
      .poll(async () => (await runs()).filter((run) => run.endedAt !== null).length, {
        timeout: Math.max(0, cluster.digestTick + 1.5 * MINUTE - Date.now()),
        intervals: [1000],
        message: "the digest should run within the minute after its schedule",
      })
      .toBeGreaterThan(0);

    // The tick's minute is over, so no worker can fire it again…
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, cluster.digestTick + MINUTE - Date.now())));
    // …and nothing fired in it is still waiting in the queue (pg-boss's own tables).
    const waiting = () => db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM pgboss.job
      WHERE name IN ('send-digest', '__pgboss__send-it') AND state IN ('created', 'retry', 'active')`;
    await expect.poll(async () => Number((await waiting())[0]!.count), { timeout: 30_000 }).toBe(0);

    const all = await runs();
    expect(all, JSON.stringify(all)).toHaveLength(1);
    expect(all[0]).toMatchObject({ ok: true, attempt: 1 });
    // Scheduled for the tick: started within its minute.
    expect(all[0]!.startedAt.getTime()).toBeGreaterThanOrEqual(cluster.digestTick);
    // Both workers were there all along to take it.
    for (const pid of cluster.workerPids) expect(() => process.kill(pid, 0)).not.toThrow();
  } finally {
    await db.$disconnect();
  }
});
