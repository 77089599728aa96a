// The embedded PostgreSQL: PGlite served over the Postgres wire protocol by its own process.
// PGlite has no file lock and runs queries on the caller's thread, so exactly one child process
// owns the data directory and every other process (the web server, scripts) connects to it.
//
// The process that starts it holds the directory's lock (see data-dir-lock.ts) and supervises it:
// a database process that dies is started again, with backoff, on the same port with the same
// password, so the app's connection pool reconnects by itself. Committed data is on disk when the
// client hears of it, so a restart loses no acknowledged write.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { acquireDataDirLock, isRunning, readDataDirLock, type DataDirLock, type LockRecord } from "./data-dir-lock";
import { readOrCreateSecret } from "./secret-file";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

type Options = {
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
  /** How long a connection may sit idle inside a transaction, in ms (0: no limit). */
  idleInTransactionTimeoutMs?: number;
};

const SERVER_SCRIPT = fileURLToPath(new URL("./pglite-server.mjs", import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const FIRST_RESTART_DELAY_MS = 200;
const MAX_RESTART_DELAY_MS = 30_000;
/**
 * A database process that served this long before it died was healthy: it is restarted at once
 * (after the first delay). Backoff is for one that dies sooner, which would otherwise spin.
 */
const HEALTHY_AFTER_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

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

/**
 * Whether the server at `url` runs a query now. A port that accepts connections is not enough:
 * the kernel accepts them for a hung server too.
 */
async function answersQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "28P01") {
      throw new Error(
        "the embedded database refused the password: every process must use the same EMBEDDED_DB_PASSWORD, or none (then db-password, next to the data directory, is used)",
      );
    }
    return false;
  } finally {
    void client.end().catch(() => {});
  }
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

function describeExit(code: number | null, signal: NodeJS.Signals | null) {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/**
 * The URL of the server that `holder` runs, once it answers a query (it may be starting, or
 * restarting), or null when `holder` let the lock go meanwhile, so that it can be taken.
 */
async function serverOf(holder: LockRecord, lockFile: string, password: string): Promise<string | null> {
  const url = urlFor(holder.port, password);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await answersQuery(url)) return url;
    const current = readDataDirLock(lockFile);
    if (!current || current.pid !== holder.pid || !isRunning(current)) return null;
    await sleep(100);
  }
  throw new Error(
    `The embedded database belongs to process ${holder.pid} (see ${lockFile}), but it did not answer on port ${holder.port} within ${seconds(READY_TIMEOUT_MS)}: stop that process, or wait for it.`,
  );
}

type Supervised = {
  dataDir: string;
  port: number;
  password: string;
  idleInTransactionTimeoutMs: number;
  log: (line: string) => void;
  onStart: (pid: number) => void;
};

/**
 * Runs the database process and starts it again whenever it dies, until the returned function
 * stops it. An in-memory database is not restarted: its data died with it.
 */
async function superviseServer(options: Supervised): Promise<() => Promise<void>> {
  const { dataDir, port, password, log } = options;
  const url = urlFor(port, password);
  const restarts = !dataDir.startsWith("memory://");
  let child: ChildProcess;
  let stopping = false;
  let startedAt = 0;
  let delay = 0;

  const start = async () => {
    child = spawn(
      process.execPath,
      [
        SERVER_SCRIPT,
        `--db=${dataDir}`,
        `--port=${port}`,
        "--host=127.0.0.1",
        `--idle-in-transaction-timeout=${options.idleInTransactionTimeoutMs}`,
        "--exit-with-parent",
      ],
      // Its stdin is a pipe from us that nobody writes: it closes when we die, and then it stops.
      { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, PGLITE_SERVER_PASSWORD: password } },
    );
    child.stdout?.on("data", (d: Buffer) => log(d.toString().trimEnd()));
    child.stderr?.on("data", (d: Buffer) => log(d.toString().trimEnd()));
    const current = child;
    const exited = new Promise<string>((resolve) => current.once("exit", (code, signal) => resolve(describeExit(code, signal))));
    try {
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (!(await answersQuery(url))) {
        if (current.exitCode !== null || current.signalCode !== null) throw new Error(`it exited (${await exited})`);
        if (Date.now() > deadline) throw new Error(`it did not answer on port ${port} within ${seconds(READY_TIMEOUT_MS)}`);
        await sleep(50);
      }
    } catch (error) {
      current.kill("SIGKILL");
      await exited;
      throw error;
    }
    startedAt = Date.now();
    options.onStart(current.pid!);
    void exited.then((why) => {
      if (!stopping) void restart(why);
    });
  };

  const restart = async (why: string) => {
    if (!restarts) return log(`The in-memory embedded database stopped (${why}); its data is gone, so it is not restarted.`);
    const stoppedAt = Date.now();
    delay =
      stoppedAt - startedAt > HEALTHY_AFTER_MS
        ? FIRST_RESTART_DELAY_MS
        : Math.min(delay * 2 || FIRST_RESTART_DELAY_MS, MAX_RESTART_DELAY_MS);
    for (;;) {
      log(`The embedded database stopped (${why}); restarting it in ${seconds(delay)}.`);
      await sleep(delay);
      if (stopping) return;
      try {
        await start();
        return log(`The embedded database is serving again, ${seconds(Date.now() - stoppedAt)} after it stopped.`);
      } catch (error) {
        if (stopping) return;
        why = `it could not start: ${(error as Error).message}`;
        delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      }
    }
  };

  await start();
  return async () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Closing its stdin asks it to close PGlite and exit; one that hangs is killed.
    child.stdin?.end();
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(killer);
  };
}

/**
 * Starts the embedded database for `dataDir` (or `memory://`) and supervises it, or uses the one
 * that another process already runs for that directory, as its lock file records.
 */
export async function startEmbeddedDb(options: Options = {}): Promise<Database> {
  const dataDir = options.dataDir ?? process.env.EMBEDDED_DB_DIR ?? path.resolve("data/pglite");
  const port = options.port || (options.port === 0 ? await findFreePort() : Number(process.env.EMBEDDED_DB_PORT ?? 5499));
  const log = options.log ?? (() => {});
  const idleInTransactionTimeoutMs = options.idleInTransactionTimeoutMs ?? idleInTransactionTimeoutFromEnv();
  const inMemory = dataDir.startsWith("memory://");
  const password = passwordFor(dataDir, log);

  let lock: DataDirLock | null = null;
  if (!inMemory) {
    const lockFile = `${dataDir}.lock.json`;
    // Only this user may read the data (password hashes, OAuth tokens): its folders are 0700.
    mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
    while (!lock) {
      const taken = await acquireDataDirLock(lockFile, port, log);
      if ("lock" in taken) lock = taken.lock;
      else {
        const url = await serverOf(taken.holder, lockFile, password);
        if (url) {
          log(`Using the embedded database already running (process ${taken.holder.pid}, port ${taken.holder.port}).`);
          return { url, embedded: true, stop: async () => {} };
        }
      }
    }
  }
  try {
    if (await canConnect(port)) throw new Error(`port ${port} is in use by another program; set EMBEDDED_DB_PORT to a free port`);
    if (!inMemory) {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      chmodSync(dataDir, 0o700);
    }
    const stopServer = await superviseServer({
      dataDir,
      port,
      password,
      idleInTransactionTimeoutMs,
      log,
      onStart: (pid) => lock?.setServer(pid),
    });
    log(`Embedded PostgreSQL (PGlite) serving ${dataDir} on port ${port}.`);
    return {
      url: urlFor(port, password),
      embedded: true,
      stop: async () => {
        await stopServer();
        // Only once the database process has closed the directory may another one open it.
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** DATABASE_URL when set (a PostgreSQL server), otherwise the embedded database. */
export async function resolveDatabase(options: Options = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbeddedDb(options);
}
