import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type PostgresPair = {
  /** `postgresql://` URL of the application's database on the primary. */
  primaryUrl: string;
  /** The same database on the streaming replica (read-only). */
  replicaUrl: string;
  version: string;
  stop: () => void;
};

const ROLE = "papershelf";
const DATABASE = "papershelf";

/** The newest PostgreSQL installed from Debian's packages (/usr/lib/postgresql/<version>/bin). */
function newestPostgres(): { version: string; bin: string } {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, "bin", "postgres")))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const version = versions.at(-1);
  if (!version) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install postgresql");
  return { version, bin: path.join(root, version, "bin") };
}

/**
 * A throwaway PostgreSQL primary and a streaming replica made from it with pg_basebackup, both on
 * loopback, in a temporary directory that stop() removes: what the cluster test and bench run on.
 * PostgreSQL refuses to run as root, so under root its programs run as the postgres user.
 */
export async function startPostgresPair({ primaryPort, replicaPort }: { primaryPort: number; replicaPort: number }): Promise<PostgresPair> {
  const { version, bin } = newestPostgres();
  const asRoot = process.getuid?.() === 0;
  const home = mkdtempSync(path.join(os.tmpdir(), "papershelf-pg-"));
  // The postgres user must reach the directory (mkdtemp makes it 0700 and root's).
  if (asRoot) {
    chmodSync(home, 0o755);
    execFileSync("chown", ["postgres:postgres", home]);
  }
  const run = (program: string, args: string[]) => {
    const [command, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
    const result = spawnSync(command, argv, { encoding: "utf8", cwd: home });
    if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  };
  const primary = path.join(home, "primary");
  const replica = path.join(home, "replica");
  const started: string[] = [];
  const stop = () => {
    for (const dir of started.reverse()) {
      try {
        run("pg_ctl", ["stop", "-D", dir, "-m", "immediate", "-w"]);
      } catch {
        // Already stopped.
      }
    }
    rmSync(home, { recursive: true, force: true });
  };
  // Loopback only, sockets in the cluster's own directory; fsync off because these clusters are
  // thrown away (the test kills app servers, never PostgreSQL).
  const options = (dir: string, port: number) =>
    `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=200`;
  try {
    // Trust on loopback: a throwaway cluster nobody else can reach. The initdb default allows
    // replication connections from loopback too.
    run("initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
    run("pg_ctl", ["start", "-D", primary, "-w", "-l", path.join(home, "primary.log"), "-o", options(primary, primaryPort)]);
    started.push(primary);
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${ROLE} LOGIN SUPERUSER PASSWORD '${ROLE}'`);
      await admin.query(`CREATE DATABASE ${DATABASE} OWNER ${ROLE}`);
    } finally {
      await admin.end();
    }
    run("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      replica,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
    ]);
    run("pg_ctl", ["start", "-D", replica, "-w", "-l", path.join(home, "replica.log"), "-o", options(replica, replicaPort)]);
    started.push(replica);
    await waitForStreaming(`postgresql://postgres@127.0.0.1:${primaryPort}/postgres`);
  } catch (error) {
    stop();
    throw error;
  }
  const url = (port: number) => `postgresql://${ROLE}:${ROLE}@127.0.0.1:${port}/${DATABASE}`;
  return { primaryUrl: url(primaryPort), replicaUrl: url(replicaPort), version, stop };
}

/** Until the primary reports its replica streaming (pg_stat_replication), within 30 s. */
async function waitForStreaming(primaryUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await client.query<{ state: string }>("SELECT state FROM pg_stat_replication");
      if (rows.some((row) => row.state === "streaming")) return;
      if (Date.now() > deadline) throw new Error(`the replica is not streaming: ${JSON.stringify(rows)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}
