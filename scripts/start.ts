// `npm start`: the whole app on one machine. Starts (or connects to) the database, applies
// pending migrations, seeds an empty database, builds when the sources changed, then serves.
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { env as configuration } from "@/lib/env.js";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";
import { seedPapers } from "@/lib/seed/seed-papers";
import { resolveDatabase } from "./lib/embedded-db";
import { superviseWorker } from "./lib/supervise-worker";
import { buildFingerprint, buildIsCurrent, recordBuild } from "./lib/build-fingerprint";
import { migrateDatabase } from "./lib/migrate-database";
import { readOrCreateSecret } from "./lib/secret-file";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[papershelf] ${line}`);

/**
 * What the build sees of the configuration: the app's settings (lib/env.js; APP_URL and the
 * sign-in providers end up in prerendered pages) and NEXT_PUBLIC_* (inlined). The build never
 * connects to a database (see lib/db.ts), so DATABASE_* are not build inputs.
 */
function buildConfiguration(buildEnv: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const names = [...Object.keys(configuration), ...Object.keys(buildEnv).filter((name) => name.startsWith("NEXT_PUBLIC_"))];
  return Object.fromEntries(
    names.filter((name) => !name.startsWith("DATABASE_") && !RUNTIME_ONLY.has(name)).map((name) => [name, buildEnv[name]]),
  );
}

// Settings only the worker and request-time code read: changing them needs a restart, not a build.
const RUNTIME_ONLY = new Set([
  "INGEST_SOURCES",
  "INGEST_ARXIV_CATEGORIES",
  "HF_API_URL",
  "ARXIV_API_URL",
  "JOBS_TIMEOUT_SECONDS",
  "JOBS_MAINTENANCE_SECONDS",
  "JOBS_RETRY_DELAY_SECONDS",
  "APP_INTERNAL_URL",
  "ADMIN_USERNAMES",
  "DIGEST_SCHEDULE",
]);

/** The exit status of a child process: its code, or 128 + the number of the signal that ended it. */
function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  return code ?? (signal ? 128 + os.constants.signals[signal] : 1);
}

async function prepareDatabase(url: string) {
  const applied = await migrateDatabase(url, log, async () => {
    const db = createPrismaClient(url, 1);
    try {
      const seeded = await seedPapers(db, await loadSeedPapers());
      if (seeded) log(`Seeded ${seeded} papers.`);
    } finally {
      await db.$disconnect();
    }
  });
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
}

/**
 * AUTH_SECRET signs session cookies. When it is not set, one is generated on first start and kept
 * in data/auth-secret, so sessions survive restarts with zero configuration.
 */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve("data/auth-secret");
  return readOrCreateSecret(file, () => log(`Generated AUTH_SECRET into ${file}`));
}

async function main() {
  const database = await resolveDatabase({ log: (line) => log(line) });
  let server: ReturnType<typeof spawn> | null = null;
  let worker: ReturnType<typeof superviseWorker> | null = null;
  let stoppedBy: NodeJS.Signals | null = null;
  // A run ended by a signal exits 128 + its number, whatever the web server's own exit code.
  const shutdown = async (code: number) => {
    await worker?.stop();
    await database.stop();
    process.exit(stoppedBy ? exitStatus(null, stoppedBy) : code);
  };
  // Let the web server finish first; the database stops when it has exited.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      stoppedBy ??= signal;
      if (server) server.kill(signal);
      else void shutdown(0);
    });
  }

  // Not the URL itself: it holds the password.
  log(database.embedded ? `Embedded PostgreSQL at ${new URL(database.url).host}` : "Using the PostgreSQL server in DATABASE_URL");
  try {
    await prepareDatabase(database.url);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return shutdown(1);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: authSecret(),
    // The embedded database runs one statement at a time, so more connections would only wait.
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (database.embedded ? "8" : "10"),
  };
  const next = path.join("node_modules", "next", "dist", "bin", "next");
  // The build must not depend on a database (see lib/db.ts), so it does not get one.
  const { DATABASE_URL: _url, ...buildEnv } = env;
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const fingerprint = dev ? "" : buildFingerprint(process.cwd(), distDir, buildConfiguration(buildEnv));
  if (!dev && !buildIsCurrent(distDir, fingerprint)) {
    log("Building the app (first start, or its sources or configuration changed)…");
    const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: buildEnv });
    if (build.status !== 0) return shutdown(exitStatus(build.status, build.signal));
    recordBuild(distDir, fingerprint);
  }
  const port = process.env.PORT ?? "3000";
  log(`Serving http://localhost:${port}`);
  // Production runs our own server entry (scripts/serve.mjs): the same Next request handler, but the
  // client's address is settled from the socket and TRUST_PROXY before the app sees the request.
  const command = dev ? [next, "dev", "--port", port] : [path.join("scripts", "serve.mjs")];
  server = spawn(process.execPath, command, {
    stdio: "inherit",
    env: { ...env, PORT: port, NODE_ENV: dev ? "development" : "production" },
  });
  server.on("exit", (code, signal) => void shutdown(exitStatus(code, signal)));
  // Background jobs (ingestion, the digest) in a process of their own, never in the web server's
  // event loop; it tells the web server here when pages must refresh.
  worker = superviseWorker({ ...env, APP_INTERNAL_URL: `http://127.0.0.1:${port}` }, log);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
