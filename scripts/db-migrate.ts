// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { resolveDatabase } from "./lib/embedded-db";
import { migrateDatabase } from "./lib/migrate-database";

const db = await resolveDatabase({ log: (line) => console.log(line) });
let code = 0;
try {
  const applied = await migrateDatabase(db.url, (line) => console.log(line));
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (err) {
  console.error("Migration failed:", err);
  code = 1;
} finally {
  await db.stop();
}
// The engine's connection pool keeps Node alive for ~10 s after it is done.
process.exit(code);
