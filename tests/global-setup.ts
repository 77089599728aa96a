// Vitest global setup: one real PostgreSQL for every test file. DATABASE_URL selects a server
// (CI runs the suite again on PostgreSQL 15); otherwise an in-memory embedded PGlite is started.
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { resolveDatabase } from "../scripts/lib/embedded-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The embedded server (one shared session), not a PostgreSQL server from DATABASE_URL. */
    embeddedDatabase: boolean;
  }
}

export default async function setup(project: TestProject) {
  const database = await resolveDatabase({ dataDir: "memory://", port: 0 });
  // In a child process: the WASM schema engine keeps its process alive for a while after use.
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  project.provide("embeddedDatabase", database.embedded);
  return () => database.stop();
}
