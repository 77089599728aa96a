import "server-only";
import { revalidateTag } from "next/cache";
import { publishRevalidation } from "@/lib/cache/publish-revalidation";
import { thisServerId, type Revalidation } from "@/lib/cache/revalidation-message";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env.js";

/**
 * After a write: refreshes the cached pages under the tags on this app server, and tells every
 * other one (a NOTIFY on the database they share). Never throws for the message: the write is
 * done, and a server that missed it refreshes within the hour (or at once when its listener
 * reconnects); the failure is logged.
 */
export async function revalidateEverywhere({ now = [], background = [] }: Revalidation): Promise<void> {
  for (const tag of now) revalidateTag(tag, { expire: 0 });
  for (const tag of background) revalidateTag(tag, "max");
  if (!env.DATABASE_URL) return;
  try {
    const message = { now, background, origin: thisServerId() };
    await publishRevalidation(
      env.DATABASE_URL,
      message,
      (channel, payload) => getDb().$executeRaw`SELECT pg_notify(${channel}, ${payload})`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Other app servers were not told to refresh ${[...now, ...background].join(", ")}: ${reason}`);
  }
}
