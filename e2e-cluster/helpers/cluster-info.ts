import type { ClusterInfo } from "./local-cluster";

/** Where the cluster test runs: CLUSTER_PORT (balancer; app servers and HAProxy's statistics above it) and CLUSTER_PG_PORT. */
export function clusterPorts(): { base: number; pg: number } {
  return { base: Number(process.env.CLUSTER_PORT ?? 3810), pg: Number(process.env.CLUSTER_PG_PORT ?? 5450) };
}

export type ClusterTestInfo = ClusterInfo & {
  /** The minute (ms since the epoch, UTC) the workers' digest schedule fires at. */
  digestTick: number;
};

/** The cluster that global-setup.ts started, as it left it in the environment of the test workers. */
export function readCluster(): ClusterTestInfo {
  const json = process.env.PAPERSHELF_CLUSTER;
  if (!json) throw new Error("No cluster: run these tests with `npm test -- cluster` (e2e-cluster/playwright.config.ts)");
  return JSON.parse(json) as ClusterTestInfo;
}
