// A throwaway PostgreSQL primary with a streaming replica, for the read-replica tests and bench:
// initdb into a temporary directory, a replication role, `pg_basebackup -R` into a second one,
// both on loopback ports of their own. Run alone, it starts a pair and prints their URLs until
// Ctrl-C: `npx tsx scripts/lib/start-pg-replica.ts`.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type PgReplicaPair = {
  /** Superuser URLs of the database "papershelf" on each server. */
  primaryUrl: string;
  replicaUrl: string;
  /** The server's version, e.g. "15.18 (Debian 15.18-0+deb12u1)". */
  version: string;
  /** Stops the replica's server (fast shutdown: its connections are cut), keeping its data. */
  stopReplica(): Promise<void>;
  /** Starts it again; it reconnects to the primary and catches up. */
  startReplica(): Promise<void>;
  /** Stops both servers and removes their data. */
  stop(): Promise<void>;
};

/** The bin directory of the newest PostgreSQL installed the Debian way, or null when there is none. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (["initdb", "pg_ctl", "pg_basebackup", "postgres"].every((tool) => existsSync(path.join(bin, tool)))) return bin;
  }
  return null;
}

/** The first port from `from` on that nothing listens on at 127.0.0.1. */
async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once("error", () => resolve(false))
        .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}..${from + 199}`);
}

/**
 * Starts the pair. PostgreSQL refuses to run as root, so as root every server command runs as the
 * `postgres` user (Debian's package creates it), which then owns the temporary directory.
 * `durable: false` (the default, for tests) turns fsync off: nothing here must survive a crash.
 */
export async function startPgReplica(options: { firstPort?: number; durable?: boolean } = {}): Promise<PgReplicaPair> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL's server programs are not installed (looked in /usr/lib/postgresql/*/bin)");
  const asRoot = process.getuid?.() === 0;
  const tool = (name: string, args: string[], env: Record<string, string> = {}) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, name), ...args], { env: { ...process.env, ...env } })
      : run(path.join(bin, name), args, { env: { ...process.env, ...env } });

  const dir = await mkdtemp(path.join(tmpdir(), "papershelf-pg-"));
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const password = randomBytes(18).toString("base64url");
  const replicationPassword = randomBytes(18).toString("base64url");
  const passFile = path.join(dir, "pgpass");
  await writeFile(path.join(dir, "password"), `${password}\n`, { mode: 0o600 });
  await writeFile(passFile, `127.0.0.1:*:*:replicator:${replicationPassword}\n`, { mode: 0o600 });
  await chmod(dir, 0o700);
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    for (const file of [dir, path.join(dir, "password"), passFile]) await chown(file, Number(stdout), Number(group));
  }

  const pgCtl = (dataDir: string, ...args: string[]) => tool("pg_ctl", ["-D", dataDir, "-l", `${dataDir}.log`, "-w", ...args]);
  let running: string[] = [];
  const stopServer = async (dataDir: string) => {
    if (!running.includes(dataDir)) return;
    await pgCtl(dataDir, "-m", "fast", "stop");
    running = running.filter((d) => d !== dataDir);
  };
  const startServer = async (dataDir: string) => {
    await pgCtl(dataDir, "start");
    running.push(dataDir);
  };
  const stop = async () => {
    await stopServer(replicaDir).catch(() => {});
    await stopServer(primaryDir).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const primaryPort = await findFreePort(options.firstPort ?? 5440);
    const replicaPort = await findFreePort(primaryPort + 1);
    await tool("initdb", [
      "-D",
      primaryDir,
      "-U",
      "postgres",
      `--pwfile=${path.join(dir, "password")}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]);
    const settings = [
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      "wal_level = replica",
      "max_wal_senders = 4",
      "hot_standby = on",
      // Fewer queries cancelled on the replica when the primary cleans up rows they still read.
      "hot_standby_feedback = on",
      `fsync = ${options.durable ? "on" : "off"}`,
      "shared_buffers = 32MB",
      "max_connections = 60",
    ];
    await appendFile(path.join(primaryDir, "postgresql.conf"), `\n${settings.join("\n")}\nport = ${primaryPort}\n`);
    await writeFile(
      path.join(primaryDir, "pg_hba.conf"),
      [
        "local all all scram-sha-256",
        "host all all 127.0.0.1/32 scram-sha-256",
        "host replication replicator 127.0.0.1/32 scram-sha-256",
        "",
      ].join("\n"),
    );
    await startServer(primaryDir);

    const admin = new pg.Client({ host: "127.0.0.1", port: primaryPort, user: "postgres", password, database: "postgres" });
    await admin.connect();
    let version: string;
    try {
      version = (await admin.query<{ version: string }>("SELECT current_setting('server_version') AS version")).rows[0]!.version;
      await admin.query(`CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${replicationPassword}'`);
      await admin.query("CREATE DATABASE papershelf");
    } finally {
      await admin.end();
    }

    // -R writes the standby signal and primary_conninfo (with the password from the pass file).
    await tool(
      "pg_basebackup",
      ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "replicator", "-D", replicaDir, "-R", "-X", "stream", "-c", "fast"],
      {
        PGPASSFILE: passFile,
      },
    );
    // The copied postgresql.conf names the primary's port; a later line wins.
    await appendFile(path.join(replicaDir, "postgresql.conf"), `\nport = ${replicaPort}\n`);
    await startServer(replicaDir);

    const url = (port: number) => `postgresql://postgres:${password}@127.0.0.1:${port}/papershelf`;
    return {
      primaryUrl: url(primaryPort),
      replicaUrl: url(replicaPort),
      version,
      stopReplica: () => stopServer(replicaDir),
      startReplica: () => startServer(replicaDir),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const pair = await startPgReplica();
  console.log(`primary: ${pair.primaryUrl}\nreplica: ${pair.replicaUrl}\nCtrl-C stops both and removes their data.`);
  // Signal handlers alone do not keep Node running.
  const idle = setInterval(() => {}, 1 << 30);
  const end = () => void pair.stop().then(() => clearInterval(idle));
  process.once("SIGINT", end);
  process.once("SIGTERM", end);
}
