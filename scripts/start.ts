// `npm start`: the whole app on one machine. Starts (or connects to) the database, applies
// pending migrations, seeds an empty database, builds when the sources changed, then serves.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";
import { seedPapers } from "@/lib/seed/seed-papers";
import { resolveDatabase } from "./lib/embedded-db";
import { scheduleDigests } from "./lib/digest-scheduler";
import { applyMigrations } from "./lib/schema-engine";
import { readOrCreateSecret } from "./lib/secret-file";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[papershelf] ${line}`);

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "auth.ts",
  "proxy.ts",
  "next.config.js",
  "package.json",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** A production build exists and no source is newer than it. */
function buildIsCurrent(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(source) <= builtAt);
}

async function prepareDatabase(url: string) {
  const applied = await applyMigrations(url, log);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const db = createPrismaClient(url, 1);
  try {
    const seeded = await seedPapers(db, await loadSeedPapers());
    if (seeded) log(`Seeded ${seeded} papers.`);
  } finally {
    await db.$disconnect();
  }
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
  const shutdown = async (code: number) => {
    await database.stop();
    process.exit(code);
  };
  // Let the web server finish first; the database stops when it has exited.
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.on(signal, () => (server ? server.kill(signal) : void shutdown(code)));
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
  if (!dev && !buildIsCurrent()) {
    log("Building the app (first start, or the sources changed)…");
    // The build must not depend on a database (see lib/db.ts), so it does not get one.
    const { DATABASE_URL: _url, ...buildEnv } = env;
    const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: buildEnv });
    if (build.status !== 0) return shutdown(build.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  log(`Serving http://localhost:${port}`);
  server = spawn(process.execPath, [next, dev ? "dev" : "start", "--port", port], { stdio: "inherit", env });
  server.on("exit", (code) => void shutdown(code ?? 0));
  if (process.env.DIGEST_SCHEDULE) scheduleDigests(process.env.DIGEST_SCHEDULE, env, log);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
