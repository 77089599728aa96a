import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCore, startProcess, waitForUrl } from "./processes";

export type FreshApp = {
  base: string;
  /** Its embedded database, for other processes (an ingestion, a worker). */
  databaseUrl: string;
  authSecret: string;
  /** Throws when the app no longer runs or answers: measurements taken since then are void. */
  assertRunning: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * The app as a new user gets it from `npm start`: scripts/start.ts (migrate, seed the 90 papers,
 * build when needed, serve through scripts/serve.mjs) on an embedded database in a data directory
 * of its own, created in a temporary folder and removed by stop(). The server, its database
 * process and the build run on `core`, so a load generator on another core does not compete.
 * Its own build directory keeps it from rebuilding the checkout's .next (and the reverse).
 */
export async function startFreshApp(options: {
  port: number;
  core: number;
  distDir?: string;
  env?: Record<string, string>;
}): Promise<FreshApp> {
  const { port, core } = options;
  const home = mkdtempSync(path.join(os.tmpdir(), "papershelf-bench-"));
  const base = `http://localhost:${port}`;
  const dbPassword = randomBytes(18).toString("base64url");
  const authSecret = randomBytes(33).toString("base64url");
  const env = {
    // Benchmarks measure pages: no background ingestion from the internet unless one asks for it.
    INGEST_SOURCES: "none",
    EMBEDDED_DB_PASSWORD: dbPassword,
    PORT: String(port),
    APP_URL: base,
    NEXT_DIST_DIR: options.distDir ?? ".next-bench-pages",
    EMBEDDED_DB_DIR: path.join(home, "data", "pglite"),
    EMBEDDED_DB_PORT: String(port + 1),
    // start.ts would generate it into ./data/auth-secret of the checkout; a fresh one per run is the same thing.
    AUTH_SECRET: authSecret,
    ...options.env,
  };
  // `next build` into any directory but .next adds that directory's types to tsconfig.json, a build
  // input: left there, it would make the next `npm start` or test run rebuild, and dirty the checkout.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const restoreTsconfig = () => {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  };
  console.log(`starting the app on ${base} (core ${core}; it builds first if the sources changed)…`);
  const server = startProcess(...onCore(core, "node_modules/.bin/tsx", ["scripts/start.ts"]), env);
  let stopping = false;
  const assertRunning = async () => {
    // A child's exit is only noticed while the event loop runs, and the load generators run synchronously.
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (server.exitCode !== null || server.signalCode !== null) {
      // scripts/start.ts exits 128 + n when signal n stopped it (143: SIGTERM), as a shell would.
      throw new Error(`the app stopped during the run (exit status ${server.exitCode ?? server.signalCode}); its measurements are void`);
    }
    const answer = await fetch(`${base}/api/papers?limit=1`, { signal: AbortSignal.timeout(30_000) }).catch((error: Error) => error);
    if (answer instanceof Error || !answer.ok) {
      throw new Error(`the app no longer answers (${answer instanceof Error ? answer.message : answer.status}); its measurements are void`);
    }
  };
  server.once("exit", (code, signal) => {
    if (!stopping) console.error(`the app stopped by itself or from outside: exit status ${code ?? signal}`);
  });
  const stop = async () => {
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
    restoreTsconfig();
  };
  try {
    await waitForUrl(`${base}/api/papers?limit=1`, server, 900_000);
    restoreTsconfig();
  } catch (error) {
    await stop();
    throw error;
  }
  const databaseUrl = `postgresql://postgres:${dbPassword}@127.0.0.1:${port + 1}/postgres?sslmode=disable`;
  return { base, databaseUrl, authSecret, assertRunning, stop };
}
