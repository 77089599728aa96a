// Sends the digest every day at DIGEST_SCHEDULE ("HH:MM", UTC) from `npm start`, by running
// scripts/digest.ts in a child process: the same code path as `npm run digest`, so a crash or a
// restart mid-run is safe (a later run sends only what is missing), and the web server never
// waits on SMTP.
import { spawn } from "node:child_process";

const SCHEDULE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds from `now` to the next HH:MM (UTC), never zero. */
export function msUntilNext(schedule: string, now: Date): number {
  const match = SCHEDULE.exec(schedule);
  if (!match) throw new Error(`DIGEST_SCHEDULE must be a UTC time like 07:00, not "${schedule}"`);
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), Number(match[1]), Number(match[2])));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}

export function scheduleDigests(schedule: string, env: NodeJS.ProcessEnv, log: (line: string) => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const wait = msUntilNext(schedule, new Date());
    log(`Next digest run at ${new Date(Date.now() + wait).toISOString()}.`);
    timer = setTimeout(() => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/digest.ts"], { env, stdio: "inherit" });
      child.on("exit", (code, signal) => {
        if (code !== 0) log(`The digest run ended with ${signal ?? `code ${code}`}; the next run sends what it missed.`);
      });
      arm();
    }, wait);
    // The web server's exit, not the schedule, decides when `npm start` ends.
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
