import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildFingerprint, buildIsCurrent, recordBuild } from "../../scripts/lib/build-fingerprint";
import { startPgReplica, type PgReplicaPair } from "../../scripts/lib/start-pg-replica";

/** What tests and benches need to reach the cluster; plain data, so it can cross processes as JSON. */
export type ClusterInfo = {
  balancerUrl: string;
  /** Each app server directly, in the order of deploy/haproxy.cfg (app1, app2). */
  appUrls: string[];
  appPids: number[];
  workerPids: number[];
  statsUrl: string;
  primaryUrl: string;
  replicaUrl: string;
  /** e.g. "15.18 (Debian 15.18-0+deb12u1)". */
  postgresVersion: string;
  authSecret: string;
  /** The environment every process of the site shares (what deploy/README.md's table says to set). */
  siteEnv: Record<string, string>;
};

export type LocalCluster = ClusterInfo & {
  /** Stops app server `index` (0-based) as a supervisor does (SIGTERM: it drains), and waits for it to exit. */
  stopApp: (index: number) => Promise<void>;
  /** Starts app server `index` again after it stopped, and waits until it is ready. */
  restartApp: (index: number) => Promise<void>;
  /** Until HAProxy sees exactly these servers (by name: app1, app2) UP and the others not. */
  waitForBalancer: (up: string[]) => Promise<void>;
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  /** The balancer listens here, app server i on basePort + 1 + i, HAProxy's statistics on basePort + 9. */
  basePort: number;
  /** The PostgreSQL primary's port, or the next free one; its replica on the free one after. */
  pgPort: number;
  appServers: 1 | 2;
  workers: number;
  /** Where each process's output goes (one file each). */
  logDir: string;
  distDir: string;
  /** Settings for the workers only (a digest schedule, a mail server), asked for just before they start. */
  workerEnv?: () => Record<string, string>;
  /** Pins the app servers, and HAProxy, to one core each (taskset), so a bench's load generator can have the other. */
  cores?: { apps: number; balancer: number };
};

const HAPROXY_CONFIG = "deploy/haproxy.cfg";

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, died?: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    const death = died?.();
    if (death) throw new Error(`${what}: ${death}`);
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (exited(child)) return;
  const done = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
  await done;
  clearTimeout(timer);
}

/**
 * The production build the app servers serve, in a build directory of its own: built once, and
 * again only when its inputs changed (scripts/lib/build-fingerprint.ts, as `npm start` decides).
 * The build sees only the site's public settings, never a database or a secret.
 */
export function buildForCluster(distDir: string, buildEnv: Record<string, string>, log: (line: string) => void): void {
  const fingerprint = buildFingerprint(process.cwd(), distDir, buildEnv);
  if (buildIsCurrent(distDir, fingerprint)) return;
  log(`building the app into ${distDir}…`);
  // `next build` into any directory but .next adds its types to tsconfig.json: put it back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const { DATABASE_URL: _url, AUTH_SECRET: _secret, ...inherited } = process.env;
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...inherited, ...buildEnv, NEXT_DIST_DIR: distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) throw new Error(`next build failed (exit status ${build.status ?? build.signal})`);
  recordBuild(distDir, fingerprint);
}

/**
 * A whole site on loopback, as deploy/README.md runs it without containers: a PostgreSQL primary
 * and streaming replica, migrations and the seed run once, app servers (scripts/serve.mjs, one
 * production build), workers (scripts/worker.ts) and HAProxy with the reference configuration in
 * front. Every process logs to its own file in `logDir`.
 */
export async function startLocalCluster(options: ClusterOptions, log: (line: string) => void = console.log): Promise<LocalCluster> {
  const { basePort, pgPort, logDir, distDir } = options;
  // This run's logs only (a server started again appends to its own).
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const balancerUrl = `http://localhost:${basePort}`;
  const appPorts = Array.from({ length: options.appServers }, (_, i) => basePort + 1 + i);
  const statsUrl = `http://127.0.0.1:${basePort + 9}`;
  const children: ChildProcess[] = [];
  let pair: PgReplicaPair | null = null;
  const outputs = new Map<ChildProcess, string>();

  const hasTaskset = spawnSync("sh", ["-c", "command -v taskset"]).status === 0;
  const launch = (name: string, command: string, args: string[], env: Record<string, string>, core?: number) => {
    // taskset execs the command, so the child's pid is the program's own.
    const [program, argv] = core !== undefined && hasTaskset ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];
    const child = spawn(program, argv, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const file = createWriteStream(path.join(logDir, `${name}.log`), { flags: "a" });
    outputs.set(child, "");
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on("data", (chunk: Buffer) => {
        file.write(chunk);
        // The last lines, for error messages.
        outputs.set(child, (outputs.get(child)! + chunk.toString()).slice(-4000));
      });
    }
    child.once("exit", () => file.end());
    children.push(child);
    return child;
  };
  const deathOf = (name: string, child: ChildProcess) => () =>
    exited(child) ? `${name} exited (${child.exitCode ?? child.signalCode}):\n${outputs.get(child)}` : null;

  const stop = async () => {
    // Balancer first, then the app servers and workers (SIGTERM: they finish what they have), then the database.
    await Promise.all(children.splice(0).map((child) => stopProcess(child)));
    await pair?.stop();
  };

  try {
    const authSecret = randomBytes(33).toString("base64url");
    // What the site's public pages are built from (deploy/README.md: build inputs).
    const buildEnv = { APP_URL: balancerUrl };
    buildForCluster(distDir, buildEnv, log);

    log("starting PostgreSQL: a primary and a streaming replica…");
    pair = await startPgReplica({ firstPort: pgPort });
    const siteEnv: Record<string, string> = {
      ...buildEnv,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: pair.primaryUrl,
      DATABASE_REPLICA_URLS: pair.replicaUrl,
      AUTH_SECRET: authSecret,
      // HAProxy on loopback is the one proxy; it says who the client is in X-Forwarded-For.
      TRUST_PROXY: "loopback",
      INGEST_SOURCES: "none",
    };

    // The deployment's one-shot step: migrations and the job queue's tables, then the seed.
    for (const script of ["db-migrate", "db-seed"]) {
      const run = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`], {
        env: { ...process.env, ...siteEnv },
        encoding: "utf8",
      });
      if (run.status !== 0) throw new Error(`${script} failed:\n${run.stdout}\n${run.stderr}`);
    }

    const apps: ChildProcess[] = [];
    const startApp = async (index: number) => {
      const port = appPorts[index]!;
      const child = launch(
        `app${index + 1}`,
        process.execPath,
        ["scripts/serve.mjs"],
        { ...siteEnv, PORT: String(port) },
        options.cores?.apps,
      );
      apps[index] = child;
      await until(
        `app server ${index + 1} to be ready`,
        async () => (await fetch(`http://127.0.0.1:${port}/api/ready`)).ok,
        120_000,
        deathOf(`app server ${index + 1}`, child),
      );
    };
    log(`starting ${appPorts.length} app server(s) on ${appPorts.join(", ")}…`);
    await Promise.all(appPorts.map((_, index) => startApp(index)));

    const workers: ChildProcess[] = [];
    const workerEnv = { ...siteEnv, ...options.workerEnv?.() };
    for (let index = 0; index < options.workers; index++) {
      const child = launch(`worker${index + 1}`, process.execPath, ["--import", "tsx", "scripts/worker.ts"], workerEnv);
      workers.push(child);
    }
    // Each worker has declared its queues and schedules once it says what it runs.
    await Promise.all(
      workers.map((child, index) =>
        until(
          `worker ${index + 1} to start`,
          async () => / runs | has no jobs/.test(outputs.get(child)!),
          60_000,
          deathOf("worker", child),
        ),
      ),
    );

    // The one configuration, with this machine's addresses; HAProxy runs in the foreground (-db).
    const haproxyEnv = {
      HAPROXY_BIND: `127.0.0.1:${basePort}`,
      HAPROXY_STATS_BIND: `127.0.0.1:${basePort + 9}`,
      // An unused server points at a port nothing listens on: always down, never chosen.
      APP1_ADDR: `127.0.0.1:${appPorts[0]}`,
      APP2_ADDR: `127.0.0.1:${appPorts[1] ?? basePort + 8}`,
    };
    const check = spawnSync("haproxy", ["-c", "-q", "-f", HAPROXY_CONFIG], { env: { ...process.env, ...haproxyEnv }, encoding: "utf8" });
    if (check.error || check.status !== 0) throw new Error(`haproxy -c -f ${HAPROXY_CONFIG}: ${check.error?.message ?? check.stderr}`);
    const haproxy = launch("haproxy", "haproxy", ["-db", "-f", HAPROXY_CONFIG], haproxyEnv, options.cores?.balancer);

    const waitForBalancer = (up: string[]) =>
      until(
        `HAProxy to see ${up.join(" and ")} up`,
        async () => {
          const states = await readServerStates(statsUrl);
          return ["app1", "app2"].every((name) => (states.get(name) === "UP") === up.includes(name));
        },
        60_000,
        deathOf("haproxy", haproxy),
      );
    await waitForBalancer(appPorts.map((_, index) => `app${index + 1}`));
    log(`the site is up at ${balancerUrl}`);

    return {
      balancerUrl,
      appUrls: appPorts.map((port) => `http://localhost:${port}`),
      get appPids() {
        return apps.map((child) => child.pid!);
      },
      workerPids: workers.map((child) => child.pid!),
      statsUrl,
      stopApp: (index) => stopProcess(apps[index]!),
      primaryUrl: pair.primaryUrl,
      replicaUrl: pair.replicaUrl,
      postgresVersion: pair.version,
      authSecret,
      siteEnv,
      restartApp: startApp,
      waitForBalancer,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Each app server's state as HAProxy's health checks see it (UP, DOWN, "DOWN 1/2"…), from its statistics CSV. */
export async function readServerStates(statsUrl: string): Promise<Map<string, string>> {
  const csv = await (await fetch(`${statsUrl}/;csv`)).text();
  const [header, ...rows] = csv.trim().split("\n");
  const columns = header!.replace(/^# /, "").split(",");
  const at = (name: string) => columns.indexOf(name);
  const states = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split(",");
    if (cells[at("pxname")] === "app" && !["FRONTEND", "BACKEND"].includes(cells[at("svname")]!)) {
      states.set(cells[at("svname")]!, cells[at("status")]!);
    }
  }
  return states;
}
