// `npm start`'s background worker (scripts/worker.ts) in a child process, started again with
// backoff if it dies: jobs cut off by a crash are retried by pg-boss after their timeout.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 60_000;
// A worker that ran this long was healthy: its next crash starts the backoff over.
const HEALTHY_MS = 60_000;
// Longer than the worker's own graceful stop (30 s), so it is never cut off while finishing.
const STOP_TIMEOUT_MS = 35_000;
// Background work yields the CPU to the web server on a busy machine (nice 10): a large ingestion
// then costs pages little (bench/RESULTS.md, "Feed during ingestion").
const WORKER_PRIORITY = 10;

export function superviseWorker(env: NodeJS.ProcessEnv, log: (line: string) => void) {
  let child: ChildProcess | null = null;
  let stopping = false;
  let delay = FIRST_DELAY_MS;
  let timer: NodeJS.Timeout | undefined;

  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env, stdio: "inherit" });
    try {
      if (child.pid) os.setPriority(child.pid, WORKER_PRIORITY);
    } catch {
      // Not allowed here (some containers): it runs at normal priority.
    }
    child.on("exit", (code, signal) => {
      child = null;
      if (stopping) return;
      if (Date.now() - startedAt > HEALTHY_MS) delay = FIRST_DELAY_MS;
      log(`The background worker stopped (${signal ?? `code ${code}`}); starting it again in ${Math.round(delay / 1000)} s.`);
      timer = setTimeout(start, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
  };
  start();

  return {
    /** Asks the worker to stop (SIGTERM) and waits for it to finish its jobs in hand. */
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        clearTimeout(timer);
        const running = child;
        if (!running) return resolve();
        const force = setTimeout(() => running.kill("SIGKILL"), STOP_TIMEOUT_MS);
        running.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        running.kill("SIGTERM");
      }),
  };
}
