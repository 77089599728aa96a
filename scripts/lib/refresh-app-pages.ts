// After a command-line import or ingestion changed papers: ask the running app servers to refresh
// their cached pages (lib/cache/revalidate-app-servers.ts), and say in one line whether it did.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { revalidateAppServers } from "@/lib/cache/revalidate-app-servers";
import { PAPERS_IMPORTED } from "@/lib/cache/revalidation-message";

/** AUTH_SECRET, or the one `npm start` generated into data/auth-secret (never created here). */
function appSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve("data/auth-secret");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export async function refreshAppPages(): Promise<string> {
  const result = await revalidateAppServers(PAPERS_IMPORTED, { secret: appSecret() });
  return result.ok
    ? "The running servers show the changes now."
    : `The server's cached pages were not refreshed (${result.reason}); a running server shows the changes within an hour.`;
}
