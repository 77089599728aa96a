import { isEmbeddedDatabase } from "@/lib/cache/is-embedded-database";
import { publishRevalidation } from "@/lib/cache/publish-revalidation";
import { requestRevalidation, type RevalidateResult } from "@/lib/cache/request-revalidation";
import type { Revalidation } from "@/lib/cache/revalidation-message";
import { env } from "@/lib/env.js";

/**
 * For workers and command-line imports, which change papers from another process than the app
 * servers whose caches show them. On a PostgreSQL server: a NOTIFY, which reaches every app server
 * listening there. On the embedded database, whose one app server cannot listen: a request to that
 * server (APP_INTERNAL_URL, which `npm start` sets). Never thrown: a server that is down renders
 * afresh when it starts, and one that cannot be reached refreshes its pages within the hour.
 */
export async function revalidateAppServers(
  revalidation: Revalidation,
  {
    secret = env.AUTH_SECRET,
    baseUrl = env.APP_INTERNAL_URL ?? env.APP_URL,
    databaseUrl = env.DATABASE_URL,
  }: { secret?: string; baseUrl?: string; databaseUrl?: string } = {},
): Promise<RevalidateResult> {
  try {
    if (databaseUrl && !(await isEmbeddedDatabase(databaseUrl))) {
      await publishRevalidation(databaseUrl, { now: [], background: [], ...revalidation, origin: null });
      return { ok: true };
    }
  } catch (error) {
    return { ok: false, reason: `the database did not take the message (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!secret) return { ok: false, reason: "AUTH_SECRET is not set" };
  return requestRevalidation(revalidation, { baseUrl, secret });
}
