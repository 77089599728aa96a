import { createHmac } from "node:crypto";
import { env } from "@/lib/env.js";

/**
 * The key a worker shows the web server to refresh cached pages: derived from AUTH_SECRET, which
 * both share (`npm start` gives both the same), so no new secret has to be configured.
 */
export function revalidateKey(secret: string): string {
  return createHmac("sha256", secret).update("papershelf:revalidate").digest("base64url");
}

export type RevalidateResult = { ok: true } | { ok: false; reason: string };

/**
 * Asks the web server to refresh the cached pages under `tags`: a worker or a command-line import
 * is another process, and Next's page cache lives in the web server's memory. Best effort, never
 * thrown: a server that is down renders afresh when it starts, and one that cannot be reached
 * refreshes its pages within the hour; the caller's own work is done either way.
 */
export async function revalidateApp(
  tags: string[],
  { secret = env.AUTH_SECRET, baseUrl = env.APP_INTERNAL_URL ?? env.APP_URL }: { secret?: string; baseUrl?: string } = {},
): Promise<RevalidateResult> {
  if (!secret) return { ok: false, reason: "AUTH_SECRET is not set" };
  try {
    const response = await fetch(new URL("/api/internal/revalidate", baseUrl), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${revalidateKey(secret)}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    return response.ok ? { ok: true } : { ok: false, reason: `the web server at ${baseUrl} answered HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { ok: false, reason: `no web server answered at ${baseUrl} (${cause})` };
  }
}
