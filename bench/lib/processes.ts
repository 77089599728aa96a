import { spawn, spawnSync, type ChildProcess } from "node:child_process";

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
