// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { resolveDatabase } from "./lib/embedded-db";
import { installJobQueue } from "@/lib/jobs/install-job-queue";
import { withMigrationLock } from "./lib/migration-lock";
import { applyMigrations } from "./lib/schema-engine";

const db = await resolveDatabase({ log: (line) => console.log(line) });
let code = 0;
try {
  const log = (line: string) => console.log(line);
  const applied = await withMigrationLock(
    db.url,
    async () => {
      const names = await applyMigrations(db.url, log);
      await installJobQueue(db.url);
      return names;
    },
    log,
  );
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (err) {
  console.error("Migration failed:", err);
  code = 1;
} finally {
  await db.stop();
}
// The engine's connection pool keeps Node alive for ~10 s after it is done.
process.exit(code);
