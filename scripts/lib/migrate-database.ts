// Brings a database up to this build: the app's migrations, then pg-boss's tables, then `andThen`
// (`npm start` seeds), all under the migration lock, so servers starting together do each once.
import { installJobQueue } from "@/lib/jobs/install-job-queue";
import { withMigrationLock } from "./migration-lock";
import { applyMigrations } from "./schema-engine";

/** Returns the names of the migrations it applied (none when the database was up to date). */
export async function migrateDatabase(
  url: string,
  log: (line: string) => void,
  andThen: () => Promise<void> = async () => {},
): Promise<string[]> {
  return withMigrationLock(
    url,
    async () => {
      const applied = await applyMigrations(url, log);
      await installJobQueue(url);
      await andThen();
      return applied;
    },
    log,
  );
}
