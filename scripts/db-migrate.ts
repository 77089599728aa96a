// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { resolveDatabase } from "./lib/embedded-db";
import { installJobQueue } from "@/lib/jobs/install-job-queue";
import { applyMigrations } from "./lib/schema-engine";

const db = await resolveDatabase({ log: (line) => console.log(line) });
let code = 0;
try {
  const applied = await applyMigrations(db.url, (line) => console.log(line));
  await installJobQueue(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (err) {
  console.error("Migration failed:", err);
  code = 1;
} finally {
  await db.stop();
}
// The engine's connection pool keeps Node alive for ~10 s after it is done.
process.exit(code);
