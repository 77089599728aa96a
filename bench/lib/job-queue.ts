// pg-boss and graphile-worker behind one small interface, with the settings the queue benchmark
// compares them at: poll every 0.5 s, two jobs at a time, retries on, a separate schema each.
// Used by bench/job-queues.ts (enqueue, throughput, latency) and its worker processes
// (bench/lib/job-queue-worker.ts: cron and kill -9).
import { Logger, makeWorkerUtils, run, type Runner, type Task } from "graphile-worker";
import PgBoss from "pg-boss";

export type Library = "pg-boss" | "graphile-worker";
export type RunningJob = { id: string; attempt: number; data: Record<string, unknown> };
export type Handlers = Record<string, (job: RunningJob) => Promise<void>>;

export type Queue = {
  enqueue: (task: string, data: Record<string, unknown>) => Promise<void>;
  enqueueMany: (task: string, data: Record<string, unknown>[]) => Promise<void>;
  /**
   * Starts two-at-a-time processing of `handlers`' tasks, and a cron "every minute" for
   * `everyMinute`; the function it returns stops them.
   */
  work: (handlers: Handlers, options?: { everyMinute?: string; batchSize?: number }) => Promise<() => Promise<void>>;
  /** Wake-ups by LISTEN/NOTIFY since `work` (graphile-worker; pg-boss 10 only polls). */
  notifications: () => number;
  /** Distinct errors the library reported (failed fetches, listener errors), with their counts. */
  errors: () => Map<string, number>;
  close: () => Promise<void>;
};

export const POLL_SECONDS = 0.5;
export const CONCURRENCY = 2;
/** pg-boss: a job still active this long after it started is failed (then retried) by maintenance. */
export const PG_BOSS_EXPIRE_SECONDS = 10;
export const PG_BOSS_MAINTENANCE_SECONDS = 5;
export const TASKS = ["bench", "ping", "hang", "tick"];

function errorCounter() {
  const counts = new Map<string, number>();
  const add = (message: string) => counts.set(message, (counts.get(message) ?? 0) + 1);
  return { add, counts };
}

type Options = {
  /** pg-boss: run maintenance and the cron clock in this process (a worker does; a process that only enqueues need not). */
  background?: boolean;
  /** graphile-worker: how often to look for jobs locked too long (default 8–10 minutes). */
  resetLockedIntervalMs?: number;
};

export async function openPgBoss(url: string, schema: string, { background = true }: Options = {}): Promise<Queue> {
  const errors = errorCounter();
  const boss = new PgBoss({
    connectionString: url,
    schema,
    // Maintenance is what fails an expired job (a worker killed mid-job) so it can run again.
    supervise: background,
    maintenanceIntervalSeconds: PG_BOSS_MAINTENANCE_SECONDS,
    schedule: background,
    // The fastest cron checks pg-boss allows, so a schedule fires within seconds of its minute.
    cronMonitorIntervalSeconds: 1,
    cronWorkerIntervalSeconds: 1,
  });
  boss.on("error", (error: Error) => errors.add(error.message.replace(/\(Queue: .*$/, "").trim()));
  await boss.start();
  for (const task of TASKS) {
    if (!(await boss.getQueue(task))) {
      await boss
        .createQueue(task, { name: task, retryLimit: 3, retryDelay: 1, retryBackoff: true, expireInSeconds: PG_BOSS_EXPIRE_SECONDS })
        // Another process may have created it meanwhile.
        .catch((error: Error) => {
          if (!/already exists|duplicate key/.test(error.message)) throw error;
        });
    }
  }
  return {
    enqueue: async (task, data) => {
      await boss.send(task, data);
    },
    enqueueMany: async (task, data) => {
      await boss.insert(data.map((d) => ({ name: task, data: d })));
    },
    work: async (handlers, { everyMinute, batchSize = 1 } = {}) => {
      const ids: string[] = [];
      for (const [task, handle] of Object.entries(handlers)) {
        // pg-boss 10 has no concurrency option: each work() is one polling loop that runs its batch,
        // so two loops that each run their batch one job after another keep two jobs in flight.
        for (let i = 0; i < CONCURRENCY; i++) {
          const id = await boss.work<Record<string, unknown>>(
            task,
            { pollingIntervalSeconds: POLL_SECONDS, batchSize, includeMetadata: true },
            async (jobs) => {
              for (const job of jobs) await handle({ id: job.id, attempt: job.retryCount + 1, data: job.data });
            },
          );
          ids.push(id);
        }
      }
      if (everyMinute) await boss.schedule(everyMinute, "* * * * *", {}, { tz: "UTC" });
      return async () => {
        for (const id of ids) await boss.offWork({ id });
        // offWork only asks: a loop ends after its current job or wait.
        await new Promise((resolve) => setTimeout(resolve, POLL_SECONDS * 1000 + 100));
      };
    },
    notifications: () => 0,
    errors: () => errors.counts,
    close: () => boss.stop({ graceful: false, wait: true, timeout: 2000 }),
  };
}

/**
 * `preparedStatements: false` is what makes graphile-worker run on the embedded server, where every
 * connection shares one session: a statement one pooled connection prepared under its fixed name
 * (`get_job/<schema>`) already exists when the next connection prepares it, and that fetch fails.
 */
export async function openGraphileWorker(
  url: string,
  schema: string,
  { preparedStatements = false, resetLockedIntervalMs }: Options & { preparedStatements?: boolean } = {},
): Promise<Queue> {
  const errors = errorCounter();
  let notifications = 0;
  const logger = new Logger(() => (level, message) => {
    if (level === "error") errors.add(message.replace(/\s+/g, " ").slice(0, 160));
  });
  const shared = { connectionString: url, schema, noPreparedStatements: !preparedStatements, logger };
  const utils = await makeWorkerUtils(shared);
  await utils.migrate();
  const runners = new Set<Runner>();
  return {
    enqueue: async (task, data) => {
      await utils.addJob(task, data, { maxAttempts: 4 });
    },
    enqueueMany: async (task, data) => {
      await utils.addJobs(data.map((payload) => ({ identifier: task, payload, maxAttempts: 4 })));
    },
    work: async (handlers, { everyMinute } = {}) => {
      const taskList: Record<string, Task> = {};
      for (const [task, handle] of Object.entries(handlers)) {
        taskList[task] = (payload, helpers) =>
          handle({ id: helpers.job.id, attempt: helpers.job.attempts, data: payload as Record<string, unknown> });
      }
      const runner = await run({
        ...shared,
        concurrency: CONCURRENCY,
        pollInterval: POLL_SECONDS * 1000,
        noHandleSignals: true,
        taskList,
        crontab: everyMinute ? `* * * * * ${everyMinute}\n` : "",
        ...(resetLockedIntervalMs
          ? { minResetLockedInterval: resetLockedIntervalMs, maxResetLockedInterval: resetLockedIntervalMs * 1.5 }
          : {}),
      });
      runner.events.on("pool:listen:notification", () => void notifications++);
      runner.events.on("worker:getJob:error", ({ error }) => errors.add(String((error as Error).message)));
      runners.add(runner);
      return async () => {
        runners.delete(runner);
        await runner.stop();
      };
    },
    notifications: () => notifications,
    errors: () => errors.counts,
    close: async () => {
      for (const runner of runners) await runner.stop();
      await utils.release();
    },
  };
}

export function openQueue(library: Library, url: string, schema: string, options: Options = {}) {
  return library === "pg-boss" ? openPgBoss(url, schema, options) : openGraphileWorker(url, schema, options);
}
