import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium when installed (CI installs it); otherwise the browser Playwright manages.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const port = Number(process.env.E2E_PORT ?? 3210);
// The embedded database's password, set before the workers fork so that they inherit it: the
// scripts the tests run (e2e/helpers/cli.ts) connect to the server's database with it.
process.env.EMBEDDED_DB_PASSWORD ??= randomBytes(24).toString("base64url");

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
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build on a fresh in-memory embedded database, or on DATABASE_URL when set.
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${port}/api/papers?limit=1`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      EMBEDDED_DB_DIR: "memory://",
      EMBEDDED_DB_PORT: String(port + 1),
      EMBEDDED_DB_PASSWORD: process.env.EMBEDDED_DB_PASSWORD,
      APP_URL: `http://localhost:${port}`,
      // The Hugging Face (OpenID Connect) provider, pointed at the local provider e2e/oidc.spec.ts starts.
      AUTH_HUGGINGFACE_ID: "papershelf-e2e",
      AUTH_HUGGINGFACE_SECRET: "papershelf-e2e-secret",
      AUTH_HUGGINGFACE_ISSUER: `http://localhost:${port + 2}`,
      // The recorded arXiv / Hugging Face API and the SMTP server that e2e/import.spec.ts and e2e/digest.spec.ts start.
      ARXIV_API_URL: "http://127.0.0.1:3450/api/query",
      HF_API_URL: "http://127.0.0.1:3450/api",
      SMTP_URL: "smtp://127.0.0.1:3451",
    },
  },
});
