import { createHmac } from "node:crypto";
import type { Revalidation } from "@/lib/cache/revalidation-message";

/**
 * The key that opens an app server's internal revalidate route: derived from AUTH_SECRET, which
 * every server, worker and script of one site share (`npm start` gives them the same), so no new
 * secret has to be configured.
 */
export function revalidateKey(secret: string): string {
  return createHmac("sha256", secret).update("papershelf:revalidate").digest("base64url");
}

export type RevalidateResult = { ok: true } | { ok: false; reason: string };

/**
 * Asks the app server at `baseUrl` to refresh its cached pages under the tags (POST
 * /api/internal/revalidate). Never thrown: the caller's own work is done either way.
 */
export async function requestRevalidation(
  revalidation: Revalidation,
  { baseUrl, secret }: { baseUrl: string; secret: string },
): Promise<RevalidateResult> {
  try {
    const response = await fetch(new URL("/api/internal/revalidate", baseUrl), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${revalidateKey(secret)}` },
      body: JSON.stringify(revalidation),
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    return response.ok ? { ok: true } : { ok: false, reason: `the web server at ${baseUrl} answered HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { ok: false, reason: `no web server answered at ${baseUrl} (${cause})` };
  }
}
