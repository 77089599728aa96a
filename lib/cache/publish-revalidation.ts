import pg from "pg";
import { isEmbeddedDatabase } from "@/lib/cache/is-embedded-database";
import { REVALIDATION_CHANNEL, type RevalidationMessage } from "@/lib/cache/revalidation-message";

/**
 * Tells every app server on the database which cached pages changed: a NOTIFY, which PostgreSQL
 * delivers to each server's listener (lib/cache/start-revalidation-listener.ts) once the sender's
 * transaction is over. False on the embedded database, where there is only one app server and no
 * listener. `notify` sends it; the app passes one through its pool, a script leaves the default
 * (a connection of its own).
 */
export async function publishRevalidation(
  databaseUrl: string,
  message: RevalidationMessage,
  notify: (channel: string, payload: string) => Promise<unknown> = (channel, payload) => notifyOnce(databaseUrl, channel, payload),
): Promise<boolean> {
  if (await isEmbeddedDatabase(databaseUrl)) return false;
  await notify(REVALIDATION_CHANNEL, JSON.stringify(message));
  return true;
}

async function notifyOnce(url: string, channel: string, payload: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query("SELECT pg_notify($1, $2)", [channel, payload]);
  } finally {
    await client.end();
  }
}
