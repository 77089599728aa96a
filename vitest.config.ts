import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM loader cannot resolve;
    // bundled by Vite, it loads, so route handlers that import the session can be tested.
    server: { deps: { inline: ["next-auth"] } },
    include: ["{lib,app,components,scripts,tests}/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/global-setup.ts"],
    // Database tests share one server; files run one at a time so they do not fight over rows.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
