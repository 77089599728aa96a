import { startFakeSmtp } from "../tests/fake-smtp";
import { clusterPorts, type ClusterTestInfo } from "./helpers/cluster-info";
import { startLocalCluster } from "./helpers/local-cluster";

/** "HH:MM" (UTC) of a minute. */
const hoursAndMinutes = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/**
 * Starts the site (helpers/local-cluster.ts) for the whole run and hands the tests its addresses
 * through the environment, which Playwright's workers inherit. The workers send the digest at one
 * coming minute (DIGEST_SCHEDULE), so that jobs.spec.ts sees a real cron tick with two workers.
 */
export default async function globalSetup() {
  const smtp = await startFakeSmtp();
  const log = (line: string) => console.log(`[cluster] ${line}`);
  let digestTick = 0;
  const cluster = await startLocalCluster(
    {
      basePort: clusterPorts().base,
      pgPort: clusterPorts().pg,
      appServers: 2,
      workers: 2,
      logDir: "test-results/cluster",
      distDir: ".next-cluster",
      workerEnv: () => {
        // The first whole minute at least 30 s away: the workers declare the schedule within
        // seconds, and pg-boss still fires a tick up to a minute old when they are late.
        digestTick = Math.ceil((Date.now() + 30_000) / 60_000) * 60_000;
        return { DIGEST_SCHEDULE: hoursAndMinutes(digestTick), SMTP_URL: smtp.url };
      },
    },
    log,
  ).catch(async (error: unknown) => {
    await smtp.close();
    throw error;
  });
  log(`the digest is scheduled at ${hoursAndMinutes(digestTick)} UTC; process logs in test-results/cluster/`);
  const info: ClusterTestInfo = { ...cluster, appPids: cluster.appPids, digestTick };
  process.env.PAPERSHELF_CLUSTER = JSON.stringify(info);
  // The e2e helpers (e2e/helpers/papers.ts, cli.ts) write test data to DATABASE_URL.
  process.env.DATABASE_URL = cluster.primaryUrl;
  return async () => {
    await cluster.stop();
    await smtp.close();
  };
}
