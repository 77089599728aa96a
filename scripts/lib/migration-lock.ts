// Several app servers started together on one PostgreSQL server must migrate it once, not race
// each other through the same migrations: whoever takes the lock first migrates (and seeds), the
// others wait for it and then find nothing to do.
import pg from "pg";

// Any constant the app uses nowhere else (the import lock is 4242002).
const MIGRATION_LOCK = 4242003;

/**
 * Runs `work` holding a PostgreSQL advisory lock, on a connection of its own for as long as the
 * work takes. On the embedded server every connection shares one session, so the lock excludes
 * nobody there; nor need it: only the one process that owns the data directory starts it.
 */
export async function withMigrationLock<T>(url: string, work: () => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "papershelf-migrate" });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK]);
    if (!rows[0]!.locked) {
      log("Another server is migrating the database; waiting for it…");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    }
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    await client.end();
  }
}
