import pg from "pg";
import { isEmbeddedDatabase } from "@/lib/cache/is-embedded-database";
import { REVALIDATION_CHANNEL, type RevalidationMessage } from "@/lib/cache/revalidation-message";

/**
 * Tells every app server on the database which cached pages changed: a NOTIFY, which PostgreSQL
 * delivers to each server's listener (lib/cache/start-revalidation-listener.ts) once the sender's
 * transaction is over. False on the embedded database, where there is only one app server and no
 * listener. `query` runs one statement; the app passes its pool, a script its own client.
 */
export async function publishRevalidation(
  databaseUrl: string,
  message: RevalidationMessage,
  query: (sql: string, values: unknown[]) => Promise<unknown> = (sql, values) => queryOnce(databaseUrl, sql, values),
): Promise<boolean> {
  if (await isEmbeddedDatabase(databaseUrl)) return false;
  await query("SELECT pg_notify($1, $2)", [REVALIDATION_CHANNEL, JSON.stringify(message)]);
  return true;
}

async function queryOnce(url: string, sql: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}
