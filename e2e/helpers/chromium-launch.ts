import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * How every Playwright config here launches Chromium: Debian's when installed (CI installs it),
 * otherwise the browser Playwright manages; flags that keep it off the network and working as root.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path)),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
