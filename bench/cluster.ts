// `npm run bench:cluster [-- --seconds=8] [--samples=30]`
// The site as deploy/README.md runs it without containers (e2e-cluster/helpers/local-cluster.ts:
// PostgreSQL primary and streaming replica, app servers from one production build, HAProxy with
// deploy/haproxy.cfg), in one run:
// - the cached feed `/` and `/api/papers` under autocannon, straight to one app server, through
//   the balancer to one app server (the other stopped), and through the balancer to two;
// - how long a write through app server 1 takes to show on app server 2's cached pages (the
//   LISTEN/NOTIFY refresh, lib/cache/): a new public collection in the public API, and an upvote
//   on the voter's profile page, polled every 10 ms.
// App servers on core 0, HAProxy and autocannon on core 1. It uses the cluster test's ports and
// build (CLUSTER_PORT, CLUSTER_PG_PORT; .next-cluster), so it cannot run beside that test.
import os from "node:os";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { fakeAddress, signIn, signUp, uniqueUser } from "../e2e/helpers/auth";
import { clusterPorts } from "../e2e-cluster/helpers/cluster-info";
import { startLocalCluster } from "../e2e-cluster/helpers/local-cluster";
import { createPrismaClient } from "../lib/create-prisma-client";
import { argValue } from "./lib/args";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { fmt, percentile } from "./lib/stats";

const seconds = Number(argValue("seconds") ?? 8);
const samples = Number(argValue("samples") ?? 30);
const connections = 50;
const POLL_MS = 10;
const GIVE_UP_MS = 10_000;

type Row = { setup: string; path: string; result: Cannon };

const measuredCommit = describeCommit();
const loadBefore = os.loadavg()[0]!;
const started = Date.now();
const cluster = await startLocalCluster({
  basePort: clusterPorts().base,
  pgPort: clusterPorts().pg,
  appServers: 2,
  workers: 0,
  logDir: "bench/.work/cluster",
  distDir: ".next-cluster",
  cores: { apps: 0, balancer: 1 },
});

/** Until `read` returns true, polling every POLL_MS; the milliseconds it took from `since`. */
async function timeUntil(since: number, read: () => Promise<boolean>): Promise<number> {
  for (;;) {
    if (await read()) return performance.now() - since;
    if (performance.now() - since > GIVE_UP_MS) throw new Error(`not fresh within ${GIVE_UP_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function measureThroughput(): Promise<Row[]> {
  const paths = ["/", "/api/papers?limit=30"];
  const rows: Row[] = [];
  const load = async (setup: string, base: string, up: string[]) => {
    for (const path of paths) {
      // A saturated server may have failed a health check or two: measure with the servers meant to be up.
      await cluster.waitForBalancer(up);
      runAutocannon(`${base}${path}`, { seconds: 2, connections, core: 1 }); // warm-up: renders into the cache
      console.log(`${setup}: ${path} for ${seconds} s…`);
      rows.push({ setup, path, result: runAutocannon(`${base}${path}`, { seconds, connections, core: 1 }) });
    }
  };
  const balancer = cluster.balancerUrl.replace("localhost", "127.0.0.1");
  await cluster.stopApp(1);
  await load("app server 1 directly", cluster.appUrls[0]!.replace("localhost", "127.0.0.1"), ["app1"]);
  await load("balancer → 1 app server", balancer, ["app1"]);
  await cluster.restartApp(1);
  await load("balancer → 2 app servers", balancer, ["app1", "app2"]);
  return rows;
}

async function signedInOnServer1(): Promise<{ request: APIRequestContext; username: string }> {
  const user = uniqueUser();
  const address = fakeAddress();
  const request = await playwrightRequest.newContext({ baseURL: cluster.appUrls[0] });
  await signUp(request, user, address);
  await signIn(request, user, address);
  return { request, username: user.username };
}

/** Milliseconds from each write's answer on server 1 to the first fresh answer from server 2's cache. */
async function measureFreshness(): Promise<{ collections: number[]; profiles: number[] }> {
  const serverB = cluster.appUrls[1]!;
  const text = async (path: string) => (await fetch(`${serverB}${path}`)).text();
  const db = createPrismaClient(cluster.primaryUrl, 1);
  const papers = await db.paper.findMany({ select: { id: true, slug: true }, take: samples, orderBy: { id: "asc" } });
  await db.$disconnect();

  const collections: number[] = [];
  const owner = await signedInOnServer1();
  for (let i = 0; i < samples; i++) {
    const title = `Bench collection ${Date.now()}-${i}`;
    await text("/api/collections?limit=50"); // cached on B before the write
    const created = await owner.request.post("/api/me/collections", { data: { title, visibility: "PUBLIC" } });
    if (created.status() !== 201) throw new Error(`collection: ${created.status()} ${await created.text()}`);
    const answered = performance.now();
    collections.push(await timeUntil(answered, async () => (await text("/api/collections?limit=50")).includes(title)));
  }

  const profiles: number[] = [];
  const voter = await signedInOnServer1();
  for (const paper of papers) {
    await text(`/u/${voter.username}`);
    const voted = await voter.request.put(`/api/papers/${paper.id}/vote`, { data: {} });
    if (voted.status() !== 200) throw new Error(`vote: ${voted.status()} ${await voted.text()}`);
    const answered = performance.now();
    profiles.push(await timeUntil(answered, async () => (await text(`/u/${voter.username}`)).includes(`/papers/${paper.slug}`)));
  }
  return { collections, profiles };
}

let rows: Row[];
let freshness: { collections: number[]; profiles: number[] };
try {
  rows = await measureThroughput();
  freshness = await measureFreshness();
} finally {
  await cluster.stop();
}

const loadAfter = os.loadavg()[0]!;
const reqs = (setup: string, path: string) => rows.find((row) => row.setup === setup && row.path === path)!.result.requests.average;
const table = rows.map(
  ({ setup, path, result }) =>
    `| ${setup} | \`${path}\` | **${Math.round(result.requests.average)}** | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ${result.errors} |`,
);
const ratio = (path: string) => fmt(reqs("balancer → 2 app servers", path) / reqs("balancer → 1 app server", path));
const hop = (path: string) => fmt(reqs("balancer → 1 app server", path) / reqs("app server 1 directly", path));
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${Math.round(percentile(sorted, 50))} | ${Math.round(percentile(sorted, 99))} | ${Math.round(sorted.at(-1)!)}`;
};

writeResultsSection(
  "Cluster (npm run bench:cluster)",
  `
Run: \`npm run bench:cluster\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}, ${Math.round((Date.now() - started) / 1000)} s in all: the site as deploy/README.md runs it without containers (\`e2e-cluster/helpers/local-cluster.ts\`) on loopback: PostgreSQL ${cluster.postgresVersion.split(" ")[0]} primary and a streaming replica (the app servers' public reads go to it: \`DATABASE_REPLICA_URLS\`), the 90 seed papers, app servers (\`scripts/serve.mjs\`, one production build) on core 0, HAProxy 2.6 with \`deploy/haproxy.cfg\` and autocannon (${connections} connections, ${seconds} s after a 2 s warm-up) on core 1. "1 app server": app server 2 stopped (SIGTERM) and marked down by HAProxy; it is started again for the next rows. Machine load average ${fmt(loadBefore, 1)} before, ${fmt(loadAfter, 1)} after.

| setup | path | req/s | p50 ms | p99 ms | requests | errors |
| --- | --- | --- | --- | --- | --- | --- |
${table.join("\n")}

Two app servers through the balancer serve **${ratio("/")}×** the feed and **${ratio("/api/papers?limit=30")}×** the API of one. On this machine both share core 0, so the ratio shows what a second server process costs on the same core, not what a second machine adds (the same core's work, split over two processes and their two caches; on machines of their own, each server adds its own machine's throughput, so capacity is counted per server).${Math.max(loadBefore, loadAfter) > 2.5 ? ` This run shared the machine with other work (load average up to ${fmt(Math.max(loadBefore, loadAfter), 1)} on 2 cores), so its absolute numbers are low, and the ratio also reflects how the scheduler shared the busy cores between one process and two.` : ""} Through the balancer (HAProxy on core 1) one app server serves ${hop("/")} (feed) and ${hop("/api/papers?limit=30")} (API) of its direct throughput.

**From a write on one server to fresh pages on the other** (milliseconds from the write's answer on app server 1 to the first answer from app server 2 that shows it, polled every ${POLL_MS} ms, ${samples} writes each, one at a time; the page was in app server 2's cache before each write):

| write through app server 1 | seen on app server 2 | p50 | p99 | max |
| --- | --- | --- | --- | --- |
| new public collection (\`POST /api/me/collections\`) | \`/api/collections\` (data cache, refreshed in the background) | ${summary(freshness.collections)} |
| upvote (\`PUT /api/papers/{id}/vote\`) | the voter's profile \`/u/<username>\` (expired at once) | ${summary(freshness.profiles)} |

The path: the writer's NOTIFY after its commit, app server 2's listener, its internal revalidate route, then the next request renders afresh (a background refresh serves the old copy once more, so it shows one poll later). Issue 13's bound is 2 s.
`,
);
console.log(`written to bench/RESULTS.md (${Math.round((Date.now() - started) / 1000)} s)`);
