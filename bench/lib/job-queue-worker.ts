// One worker process of bench/job-queues.ts: runs `tick` every minute (cron) and `hang`, whose
// first attempt never ends, so the parent can kill this process with SIGKILL mid-job and see
// whether, and when, another worker runs the job again. Reports each job start as a JSON line.
// Usage: QUEUE_URL=… node --import tsx bench/lib/job-queue-worker.ts <library> <schema>
import { openQueue, type Library } from "./job-queue";

const [library, schema] = process.argv.slice(2) as [Library, string];
const report = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ ...event, at: Date.now() })}\n`);

// graphile-worker only looks for jobs locked too long every 8–10 minutes by default; every 2–3 s
// here, so that the benchmark can see it act on a lock that it has made old.
const queue = await openQueue(library, process.env.QUEUE_URL!, schema, { resetLockedIntervalMs: 2000 });
await queue.work(
  {
    hang: async (job) => {
      report({ event: "hang", id: job.id, attempt: job.attempt });
      if (job.attempt === 1) await new Promise(() => {});
    },
    tick: async () => void report({ event: "tick" }),
  },
  { everyMinute: "tick" },
);
report({ event: "ready" });

process.on("SIGTERM", () => {
  const stopped = queue.close().catch(() => {});
  void Promise.race([stopped, new Promise((r) => setTimeout(r, 3000))]).then(() => process.exit(0));
});
