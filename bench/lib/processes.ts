import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** Pins a command to one core when taskset exists, so server and load generator don't compete. */
export function onCore(core: number, command: string, args: string[]): [string, string[]] {
  const hasTaskset = spawnSync("sh", ["-c", "command -v taskset"]).status === 0;
  return hasTaskset ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];
}

export function runJson<T>(command: string, args: string[], env: Record<string, string> = {}): T {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  const line = result.stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{") || l.startsWith("["))
    .at(-1);
  if (!line) throw new Error(`${command} printed no JSON:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line) as T;
}

export function runOrThrow(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

export async function waitForUrl(url: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in time`);
}

export function startProcess(command: string, args: string[], env: Record<string, string> = {}) {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * Waits until `core` is mostly idle (at least `idleShare` of a 2 s window), for at most `timeoutMs`;
 * says how long it waited. A fresh `npm start` keeps working after it answers (the worker's start:
 * tsx, its first jobs), on the server's core, and a measurement started then reads that as the server.
 */
export async function waitForIdleCore(core: number, idleShare = 0.9, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  const sample = () => {
    const line = readFileSync("/proc/stat", "utf8")
      .split("\n")
      .find((row) => row.startsWith(`cpu${core} `));
    if (!line) return null;
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    return { idle: ticks[3]! + (ticks[4] ?? 0), total: ticks.reduce((a, b) => a + b, 0) };
  };
  for (;;) {
    const before = sample();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = sample();
    if (!before || !after) return 0; // not Linux: nothing to wait for
    const share = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (share >= idleShare || Date.now() - started > timeoutMs) return (Date.now() - started) / 1000;
  }
}
