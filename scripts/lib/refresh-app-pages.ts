// After a command-line import or ingestion changed papers: ask the running web server to refresh
// its cached pages (lib/jobs/revalidate-app.ts), and say in one line whether it did.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { revalidateApp } from "@/lib/jobs/revalidate-app";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";

/** AUTH_SECRET, or the one `npm start` generated into data/auth-secret (never created here). */
function appSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve("data/auth-secret");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export async function refreshAppPages(): Promise<string> {
  const result = await revalidateApp([PAPERS_TAG], { secret: appSecret() });
  return result.ok
    ? "The running server shows the changes now."
    : `The server's cached pages were not refreshed (${result.reason}); a running server shows the changes within an hour.`;
}
