import { createHmac } from "node:crypto";
import { env } from "@/lib/env.js";

/**
 * The key a worker shows the web server to refresh cached pages: derived from AUTH_SECRET, which
 * both share (`npm start` gives both the same), so no new secret has to be configured.
 */
export function revalidateKey(secret: string): string {
  return createHmac("sha256", secret).update("papershelf:revalidate").digest("base64url");
}

/**
 * Asks the web server to refresh the cached pages under `tags`: a worker is another process, and
 * Next's page cache lives in the web server's memory. Best effort: a server that is down renders
 * afresh when it starts, and an unreachable one refreshes its pages within the hour anyway, so a
 * failure is logged, not thrown (the job's own work is done and must not be retried for it).
 */
export async function revalidateApp(tags: string[], log: (line: string) => void): Promise<boolean> {
  const base = env.APP_INTERNAL_URL ?? env.APP_URL;
  if (!env.AUTH_SECRET) {
    log("cannot refresh the web server's cached pages: AUTH_SECRET is not set; they refresh within the hour");
    return false;
  }
  try {
    const response = await fetch(new URL("/api/internal/revalidate", base), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${revalidateKey(env.AUTH_SECRET)}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok) return true;
    log(`the web server at ${base} refused to refresh its cached pages (HTTP ${response.status}); they refresh within the hour`);
  } catch (error) {
    log(
      `could not reach the web server at ${base} to refresh its cached pages (${error instanceof Error ? error.message : error}); they refresh within the hour`,
    );
  }
  return false;
}
