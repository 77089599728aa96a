// The lock that makes one process the owner of an embedded database's data directory. PGlite has
// no lock of its own and two PGlites on one directory corrupt it, so the lock is taken before the
// directory is opened, atomically: the record is written whole to a draft file, then hard-linked
// into place, which fails when another process got there first.
//
// The lock names its owner (the process that supervises the database, e.g. `npm start`) and the
// database process it runs, each with its start time, so that a pid reused by an unrelated process
// after a crash or a reboot is not taken for them. A lock whose owner is gone is stale: its
// database process, if still running, is stopped (it is ours: the lock names it), then the lock
// is removed under a guard file so that of two processes clearing it only one does.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";

type ProcessRef = { pid: number; identity: string };
export type LockRecord = ProcessRef & { port: number; server?: ProcessRef };
export type DataDirLock = { setServer(pid: number): void; release(): void };

/** How long a guard may stay before it is taken to be left by a process that died clearing a lock. */
const GUARD_STALE_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Something that tells process `pid` from a later process given the same pid (its start time),
 * "" when the system does not say, or null when no such process is running.
 */
function processIdentity(pid: number): string | null {
  // Never 0 or negative: signalling those reaches whole process groups.
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (process.platform === "linux") {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command (field 2) may hold spaces and parentheses; the fields after its ")" are fixed:
      // the state (a zombie has exited), then the start time at field 22.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return fields[0] === "Z" ? null : (fields[19] ?? "");
    } catch {
      return null;
    }
  }
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  try {
    return execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

export function isRunning(ref: ProcessRef): boolean {
  const now = processIdentity(ref.pid);
  return now !== null && (now === "" || !ref.identity || now === ref.identity);
}

function ref(pid: number): ProcessRef {
  return { pid, identity: processIdentity(pid) ?? "" };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function parseRecord(text: string): LockRecord | null {
  try {
    const record = JSON.parse(text) as LockRecord;
    return Number.isInteger(record.pid) && Number.isInteger(record.port) ? record : null;
  } catch {
    return null;
  }
}

/** Creates `file` holding `text`, whole, unless it exists. */
function createExclusive(file: string, text: string): boolean {
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, text, { mode: 0o600 });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Stops process `target`: SIGTERM lets PGlite close its files; SIGKILL if it does not (a hung one). */
async function stopProcess(target: ProcessRef): Promise<void> {
  for (const [signal, waitMs] of [
    ["SIGTERM", 3000],
    ["SIGKILL", 5000],
  ] as const) {
    if (!isRunning(target)) return;
    try {
      process.kill(target.pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ESRCH") return; // it exited meanwhile
      throw error;
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline && isRunning(target)) await sleep(50);
  }
  if (isRunning(target)) throw new Error(`could not stop process ${target.pid}`);
}

/** Removes the stale lock whose text is `seen`, unless another process is doing it or did it already. */
async function clearStaleLock(lockFile: string, seen: string, log: (line: string) => void) {
  const guard = `${lockFile}.clearing`;
  if (!createExclusive(guard, String(process.pid))) {
    try {
      if (Date.now() - statSync(guard).mtimeMs > GUARD_STALE_MS) rmSync(guard, { force: true });
    } catch {
      // Gone already.
    }
    return sleep(100);
  }
  try {
    if (readText(lockFile) !== seen) return;
    const server = parseRecord(seen)?.server;
    if (server && isRunning(server)) {
      log(`Stopping the embedded database (pid ${server.pid}) left running by a process that has exited.`);
      await stopProcess(server);
    }
    rmSync(lockFile, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the lock of a data directory for this process (which will serve it on `port`), or says
 * which running process holds it.
 */
export async function acquireDataDirLock(
  lockFile: string,
  port: number,
  log: (line: string) => void,
): Promise<{ lock: DataDirLock } | { holder: LockRecord }> {
  let record: LockRecord = { ...ref(process.pid), port };
  for (;;) {
    const text = JSON.stringify(record);
    if (createExclusive(lockFile, text)) break;
    const seen = readText(lockFile);
    if (seen === null) continue;
    const holder = parseRecord(seen);
    if (holder && isRunning(holder)) return { holder };
    await clearStaleLock(lockFile, seen, log);
  }
  const lock: DataDirLock = {
    setServer(pid) {
      record = { ...record, server: ref(pid) };
      // Replaced whole (rename is atomic), so a reader never sees half a record.
      const draft = `${lockFile}.${process.pid}.tmp`;
      writeFileSync(draft, JSON.stringify(record), { mode: 0o600 });
      renameSync(draft, lockFile);
    },
    release() {
      if (readText(lockFile) === JSON.stringify(record)) rmSync(lockFile, { force: true });
    },
  };
  return { lock };
}

/** The lock's current record, if any. */
export function readDataDirLock(lockFile: string): LockRecord | null {
  const text = readText(lockFile);
  return text === null ? null : parseRecord(text);
}
