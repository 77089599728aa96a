// The embedded database's life on disk: its lock, its permissions, what happens when the process
// that supervises it or the database process itself is killed. Real processes, real PGlite.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { isRunning } from "./data-dir-lock";
import { findFreePort, startEmbeddedDb } from "./embedded-db";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}

/** The database processes serving anything under `dataDir` (found by their command line). */
function databaseProcesses(dataDir: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", "--", `--db=${dataDir}`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map(Number);
  } catch {
    return []; // pgrep exits with 1 when nothing matches
  }
}

/** The one database process serving `dataDir`. */
function databaseProcess(dataDir: string): number {
  const pids = databaseProcesses(dataDir);
  expect(pids).toHaveLength(1);
  return pids[0]!;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, query_timeout: 10_000, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every process a test started, killed after the tests even when one failed half-way. */
const children: ChildProcess[] = [];

/** `npm run db:server` for `dataDir` in its own process, once it has printed the URL it serves. */
async function runDbServer(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const { EMBEDDED_DB_PASSWORD: _password, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-server.ts"], {
    env: { ...env, EMBEDDED_DB_DIR: dataDir, EMBEDDED_DB_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  // "close", not "exit": it comes after the last output. A start that finds a database already
  // running prints its URL and ends at once, which can happen before a poll sees the output.
  const closed = new Promise((resolve) => child.once("close", resolve));
  const printedUrl = () => /DATABASE_URL=(\S+)/.exec(output)?.[1];
  const url = await Promise.race([
    (async () => {
      await waitUntil(() => printedUrl() !== undefined, "db:server printed its URL", 60_000);
      return printedUrl()!;
    })(),
    closed.then(() => printedUrl() ?? Promise.reject(new Error(`db:server exited:\n${output}`))),
  ]);
  return { child, url, output: () => output };
}

function exitOf(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
}

describe("the embedded database's data directory", () => {
  let root: string;
  let template: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "papershelf-embedded-"));
    // Created once (PGlite's initdb is slow) and copied for each test.
    template = path.join(root, "template", "data", "pglite");
    const database = await startEmbeddedDb({ dataDir: template, port: 0 });
    await query(database.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await database.stop();
  });
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
    // A test that failed may leave a (stopped) database process behind.
    for (const pid of databaseProcesses(root)) process.kill(pid, "SIGKILL");
    rmSync(root, { recursive: true, force: true });
  });

  function copyOfTemplate(name: string): string {
    const dataDir = path.join(root, name, "data", "pglite");
    mkdirSync(path.dirname(dataDir), { recursive: true });
    cpSync(template, dataDir, { recursive: true });
    return dataDir;
  }

  it("keeps its folder and its password to this user", () => {
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(path.dirname(template))).toBe(0o700);
    expect(mode(template)).toBe(0o700);
    expect(mode(path.join(path.dirname(template), "db-password"))).toBe(0o600);
  });

  it("is opened by only one of two starts at once, even past a stale lock; the other uses it", { timeout: 120_000 }, async () => {
    const dataDir = copyOfTemplate("concurrent");
    // A lock left by a crash, naming pids that now belong to an unrelated process (another start
    // time): both starts must see it as stale, only one may clear it, and nobody may kill that process.
    const unrelated = spawn("sleep", ["60"]);
    children.push(unrelated);
    const reused = { pid: unrelated.pid!, identity: "started at another time" };
    writeFileSync(`${dataDir}.lock.json`, JSON.stringify({ ...reused, port: 1, server: reused }));

    const [first, second] = await Promise.all([runDbServer(dataDir, await findFreePort()), runDbServer(dataDir, await findFreePort())]);
    expect(second.url).toBe(first.url);
    expect(unrelated.exitCode).toBeNull();
    expect(unrelated.signalCode).toBeNull();
    expect(first.output() + second.output()).toMatch(/Using the embedded database already running/);
    expect(await query(first.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    for (const { child } of [first, second]) {
      child.kill("SIGTERM");
      await exitOf(child);
    }
    expect(existsSync(`${dataDir}.lock.json`)).toBe(false);
  });

  it("stops its database process when the process supervising it is killed with kill -9", { timeout: 120_000 }, async () => {
    const dataDir = copyOfTemplate("orphan");
    const owner = await runDbServer(dataDir, await findFreePort());
    const server = { pid: databaseProcess(dataDir), identity: "" };
    owner.child.kill("SIGKILL");
    await exitOf(owner.child);
    await waitUntil(() => !isRunning(server), "the orphaned database process exited", 10_000);

    const next = await startEmbeddedDb({ dataDir, port: 0 });
    try {
      expect(await query(next.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    } finally {
      await next.stop();
    }
  });

  it("replaces a hung database left behind by an app killed with kill -9, instead of using it", { timeout: 120_000 }, async () => {
    const dataDir = copyOfTemplate("hung");
    const owner = await runDbServer(dataDir, await findFreePort());
    const hungPid = databaseProcess(dataDir);
    // A stopped process keeps its port: the kernel still accepts connections, nothing answers.
    process.kill(hungPid, "SIGSTOP");
    owner.child.kill("SIGKILL");
    await exitOf(owner.child);

    const lines: string[] = [];
    const next = await startEmbeddedDb({ dataDir, port: 0, log: (line) => lines.push(line) });
    try {
      expect(await query(next.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
      expect(isRunning({ pid: hungPid, identity: "" })).toBe(false);
      expect(lines.join("\n")).toMatch(/Stopping the embedded database \(pid \d+\) left running/);
    } finally {
      await next.stop();
    }
  });

  it(
    "restarts its database process when it dies; the app's client writes again within 10 s and no acknowledged write is lost",
    { timeout: 120_000 },
    async () => {
      const dataDir = copyOfTemplate("supervised");
      const lines: string[] = [];
      const database = await startEmbeddedDb({ dataDir, port: 0, log: (line) => lines.push(line) });
      // The app's own client (Prisma over node-postgres's pool), as `npm start` sizes it.
      const db = createPrismaClient(database.url, 8);
      const acknowledged: number[] = [];
      let failed = 0;
      let writing = true;
      let writers: Promise<void>[] = [];
      try {
        await db.$executeRaw`CREATE TABLE acked (id int PRIMARY KEY)`;
        let nextId = 0;
        let killedAt = 0;
        let backAt = 0;
        const writer = async () => {
          while (writing) {
            const id = nextId++;
            const startedAt = Date.now();
            try {
              await db.$executeRaw`INSERT INTO acked (id) VALUES (${id})`;
              acknowledged.push(id);
              if (killedAt && !backAt && startedAt > killedAt) backAt = Date.now();
            } catch {
              failed += 1;
              // Not a tight loop: on two cores it would take CPU from the restart it measures.
              await sleep(50);
            }
          }
        };
        writers = Array.from({ length: 8 }, writer);
        await waitUntil(() => acknowledged.length >= 200, "200 writes were acknowledged");

        const killed = databaseProcess(dataDir);
        process.kill(killed, "SIGKILL");
        killedAt = Date.now();
        await waitUntil(() => backAt > 0, "a write succeeded after the kill");
        const ackedWhenBack = acknowledged.length;
        await waitUntil(() => acknowledged.length >= ackedWhenBack + 200, "200 more writes were acknowledged");
        writing = false;
        await Promise.all(writers);

        const downMs = backAt - killedAt;
        console.log(
          `embedded database killed: writes succeeded again after ${downMs} ms; ${acknowledged.length} acknowledged, ${failed} failed meanwhile`,
        );
        expect(downMs).toBeLessThan(10_000);
        expect(databaseProcess(dataDir)).not.toBe(killed);
        expect(lines.join("\n")).toMatch(/The embedded database stopped \(killed by SIGKILL\); restarting it in/);
      } finally {
        writing = false;
        await Promise.all(writers);
        await db.$disconnect();
        await database.stop();
      }

      // Read back from disk by a fresh database process: every acknowledged write is there.
      const reopened = await startEmbeddedDb({ dataDir, port: 0 });
      try {
        const onDisk = new Set((await query<{ id: number }>(reopened.url, "SELECT id FROM acked")).map((row) => row.id));
        expect(acknowledged.filter((id) => !onDisk.has(id))).toEqual([]);
      } finally {
        await reopened.stop();
      }
    },
  );
});
