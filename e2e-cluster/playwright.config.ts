import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/helpers/chromium-launch";
import { clusterPorts } from "./helpers/cluster-info";

// `npm test -- cluster`: a whole site on loopback (e2e-cluster/global-setup.ts) — PostgreSQL primary
// and streaming replica, two app servers, two workers, HAProxy with deploy/haproxy.cfg — and what
// must hold across servers. Playwright rather than Vitest: the checks are HTTP and browser sessions
// against real servers (cookie jars per person, the e2e helpers that sign people up and in), and its
// global setup owns the processes for the whole run.
export default defineConfig({
  testDir: ".",
  globalSetup: "./global-setup.ts",
  // The job check mostly waits for a cron tick: it runs beside the others. The failover check,
  // which kills a server, runs after the checks that need both.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"]],
  timeout: 180_000,
  // Waits for a page to hydrate on a busy 2-core machine; freshness checks set their own 2 s bound.
  expect: { timeout: 30_000 },
  outputDir: "../test-results/cluster-artifacts",
  use: {
    baseURL: `http://localhost:${clusterPorts().base}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
    ...devices["Desktop Chrome"],
  },
  projects: [
    { name: "jobs", testMatch: /jobs\.spec\.ts$/ },
    { name: "cross-server", testMatch: /cross-server\.spec\.ts$/ },
    { name: "failover", testMatch: /failover\.spec\.ts$/, dependencies: ["cross-server"] },
  ],
});
