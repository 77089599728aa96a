import cronParser from "cron-parser";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { jobTimeoutSeconds, listRecurringJobs } from "@/lib/jobs/recurring-jobs";

export type JobRunState = "running" | "ok" | "failed" | "interrupted";

export type JobRunView = {
  attempt: number;
  startedAt: Date;
  endedAt: Date | null;
  state: JobRunState;
  summary: string | null;
  worker: string;
};

export type JobStatus = {
  name: string;
  description: string;
  cron: string;
  nextRunAt: Date;
  lastRun: JobRunView | null;
  /** Failed or cut-off attempts of the last 7 days, newest first (at most 5). */
  failures: JobRunView[];
};

const FAILURE_WINDOW_MS = 7 * 86_400_000;

/**
 * An attempt with no end is running while its timeout has not passed and no later attempt of the
 * same job started; otherwise its worker died mid-job (pg-boss then retried it).
 */
export function runState(
  run: { endedAt: Date | null; ok: boolean | null; startedAt: Date },
  { timeoutSeconds, superseded, now }: { timeoutSeconds: number; superseded: boolean; now: Date },
): JobRunState {
  if (run.endedAt) return run.ok ? "ok" : "failed";
  return superseded || now.getTime() - run.startedAt.getTime() > timeoutSeconds * 1000 ? "interrupted" : "running";
}

/** What `npm run jobs` and /admin/jobs show: each recurring job, its last run, its failures and its next run. */
export async function listJobStatus(db: PrismaClient, now = new Date()): Promise<JobStatus[]> {
  const jobs = listRecurringJobs();
  return Promise.all(
    jobs.map(async (job) => {
      const runs = await db.jobRun.findMany({
        where: { job: job.name, startedAt: { gte: new Date(now.getTime() - FAILURE_WINDOW_MS) } },
        orderBy: { startedAt: "desc" },
        take: 50,
      });
      const latest = runs[0] ?? (await db.jobRun.findFirst({ where: { job: job.name }, orderBy: { startedAt: "desc" } }));
      const view = (run: (typeof runs)[number], index: number): JobRunView => ({
        attempt: run.attempt,
        startedAt: run.startedAt,
        endedAt: run.endedAt,
        summary: run.summary,
        worker: run.worker,
        // Any newer attempt at all (runs are newest first) means this one is no longer going.
        state: runState(run, { timeoutSeconds: jobTimeoutSeconds(job), superseded: index > 0, now }),
      });
      const views = runs.map(view);
      return {
        name: job.name,
        description: job.description,
        cron: job.cron,
        nextRunAt: cronParser.parseExpression(job.cron, { tz: "UTC", currentDate: now }).next().toDate(),
        lastRun: views[0] ?? (latest ? view(latest, 0) : null),
        failures: views.filter((run) => run.state === "failed" || run.state === "interrupted").slice(0, 5),
      };
    }),
  );
}
