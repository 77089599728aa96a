import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { appServerEnv } from "./e2e/helpers/app-env";
import { chromiumLaunchOptions } from "./e2e/helpers/chromium-launch";

const port = Number(process.env.E2E_PORT ?? 3210);
// The embedded database's password, set before the workers fork so that they inherit it: the
// scripts the tests run (e2e/helpers/cli.ts) connect to the server's database with it.
process.env.EMBEDDED_DB_PASSWORD ??= randomBytes(24).toString("base64url");
// Both servers below sign the same session cookies.
process.env.E2E_AUTH_SECRET ??= randomBytes(33).toString("base64url");
const databaseUrl =
  process.env.DATABASE_URL ??
  `postgresql://postgres:${encodeURIComponent(process.env.EMBEDDED_DB_PASSWORD)}@127.0.0.1:${port + 1}/postgres?sslmode=disable`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // No retries, on CI either: a test that passes only on a second try has a cause to find.
  retries: 0,
  reporter: [["list"]],
  // Accessibility tests run axe on up to six full pages, a few seconds each on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /(^|\/)security\.spec\.ts$/ },
    // Attacks that use up the per-address budgets every other test's browser shares: after them, alone.
    { name: "attacks", use: { ...devices["Desktop Chrome"] }, testMatch: /(^|\/)security\.spec\.ts$/, dependencies: ["chromium"] },
  ],
  webServer: [
    {
      // The production build on a fresh in-memory embedded database, or on DATABASE_URL when set.
      command: "npx tsx scripts/start.ts",
      url: `http://localhost:${port}/api/papers?limit=1`,
      // It builds first when the sources changed: about 3 minutes on a quiet 2-core machine, over 5
      // when other work shares it (seen here). A bound on a hung start, not a timing of the build.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: appServerEnv(port),
    },
    {
      // The same build and database behind no proxy, as `npm start` runs by default: what an attacker
      // on the internet reaches (e2e/security.spec.ts). Started after the first, which builds.
      command: "node scripts/serve.mjs",
      url: `http://localhost:${port + 3}/api/papers?limit=1`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(port + 3),
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
        APP_URL: `http://localhost:${port + 3}`,
      },
    },
  ],
});
