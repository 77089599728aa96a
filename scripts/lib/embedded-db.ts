// The embedded PostgreSQL: PGlite served over the Postgres wire protocol by its own process.
// PGlite has no file lock and runs queries on the caller's thread, so exactly one child process
// owns the data directory and every other process (the web server, scripts) connects to it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readOrCreateSecret } from "./secret-file";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

type Options = {
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
  /** How long a connection may sit idle inside a transaction, in ms (0: no limit). */
  idleInTransactionTimeoutMs?: number;
};

function urlFor(port: number, password: string) {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A port that was free a moment ago, for throwaway databases (tests, shadow databases). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** EMBEDDED_DB_PASSWORD, else the one generated into db-password beside the data directory (a fresh one for memory://). */
function passwordFor(dataDir: string, log: (line: string) => void): string {
  if (process.env.EMBEDDED_DB_PASSWORD) return process.env.EMBEDDED_DB_PASSWORD;
  if (dataDir.startsWith("memory://")) return randomBytes(24).toString("base64url");
  const file = path.join(path.dirname(dataDir), "db-password");
  return readOrCreateSecret(file, () => log(`Generated the embedded database's password into ${file}`));
}

function idleInTransactionTimeoutFromEnv(): number {
  const value = process.env.EMBEDDED_DB_IDLE_IN_TRANSACTION_TIMEOUT ?? "5000";
  if (!/^\d+$/.test(value)) {
    throw new Error("EMBEDDED_DB_IDLE_IN_TRANSACTION_TIMEOUT: must be a number of milliseconds (0 turns the limit off)");
  }
  return Number(value);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`embedded database exited with code ${child.exitCode}`);
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`embedded database did not listen on port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts the embedded database for `dataDir` (or `memory://`), or reuses the one already serving
 * that directory, as recorded in its lock file.
 */
export async function startEmbeddedDb(options: Options = {}): Promise<Database> {
  const dataDir = options.dataDir ?? process.env.EMBEDDED_DB_DIR ?? path.resolve("data/pglite");
  const port = options.port || (options.port === 0 ? await findFreePort() : Number(process.env.EMBEDDED_DB_PORT ?? 5499));
  const log = options.log ?? (() => {});
  const idleInTransactionTimeoutMs = options.idleInTransactionTimeoutMs ?? idleInTransactionTimeoutFromEnv();
  const inMemory = dataDir.startsWith("memory://");
  const password = passwordFor(dataDir, log);
  const lockFile = inMemory ? null : `${dataDir}.lock.json`;

  if (lockFile && existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, "utf8")) as { pid: number; port: number };
    if (isAlive(lock.pid) && (await canConnect(lock.port))) {
      log(`Using the embedded database already running (pid ${lock.pid}, port ${lock.port}).`);
      return { url: urlFor(lock.port, password), embedded: true, stop: async () => {} };
    }
    rmSync(lockFile, { force: true });
  }
  if (await canConnect(port)) {
    throw new Error(`port ${port} is in use by another program; set EMBEDDED_DB_PORT to a free port`);
  }
  if (!inMemory) {
    // Only this user may read the data (password hashes, OAuth tokens): its folders are 0700.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
  }

  const serverScript = fileURLToPath(new URL("./pglite-server.mjs", import.meta.url));
  const child = spawn(
    process.execPath,
    [serverScript, `--db=${dataDir}`, `--port=${port}`, "--host=127.0.0.1", `--idle-in-transaction-timeout=${idleInTransactionTimeoutMs}`],
    // The password goes in the environment, which other users cannot read, unlike the arguments.
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PGLITE_SERVER_PASSWORD: password } },
  );
  child.stdout?.on("data", (d: Buffer) => log(d.toString().trimEnd()));
  child.stderr?.on("data", (d: Buffer) => log(d.toString().trimEnd()));
  await waitForPort(port, child);
  if (lockFile) writeFileSync(lockFile, JSON.stringify({ pid: child.pid, port }));
  log(`Embedded PostgreSQL (PGlite) serving ${dataDir} on port ${port}.`);

  const stop = () =>
    new Promise<void>((resolve) => {
      if (lockFile) rmSync(lockFile, { force: true });
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  return { url: urlFor(port, password), embedded: true, stop };
}

/** DATABASE_URL when set (a PostgreSQL server), otherwise the embedded database. */
export async function resolveDatabase(options: Options = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbeddedDb(options);
}
