import { drainAlertMatching } from "@/lib/alerts/drain-alert-matching";
import { runDigests } from "@/lib/digest/run-digests";
import { env } from "@/lib/env.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enabledIngestSources, ingestArxivCategories } from "@/lib/ingest/enabled-sources";
import { ingestSource, type IngestRun } from "@/lib/ingest/ingest-source";
import { PAPERS_IMPORTED, type Revalidation } from "@/lib/cache/revalidation-message";
import { similarPapersJob } from "@/lib/discovery/similar-papers-job";
import { recommendationsJob } from "@/lib/recommendations/recommendations-job";
import { commentEmailsJob } from "@/lib/notifications/comment-emails-job";

export type JobContext = {
  db: PrismaClient;
  /** Aborted at the job's timeout: the run stops where it is, and pg-boss retries it. */
  signal: AbortSignal;
  log: (line: string) => void;
  /** When the job was queued: when a scheduled run was due, even if it runs later. */
  queuedAt: Date;
};

export type JobOutcome = {
  /** One line for `npm run jobs` and /admin/jobs. */
  summary: string;
  /** Cached pages that changed, refreshed on every app server (lib/cache/revalidate-app-servers.ts). */
  revalidate?: Revalidation;
};

export type RecurringJob = {
  /** The pg-boss queue name and what `npm run jobs -- run <name>` takes. */
  name: string;
  description: string;
  /** Cron syntax, UTC. */
  cron: string;
  /** Runs as soon as a worker starts (a fresh `npm start` fills the feed at once). */
  runAtStart: boolean;
  timeoutSeconds: number;
  /** Attempts after the first; each waits twice as long as the one before (from retryDelaySeconds). */
  retryLimit: number;
  retryDelaySeconds: number;
  run: (context: JobContext) => Promise<JobOutcome>;
};

/**
 * A run's one-line outcome. Throws when any day failed (after the other days were tried), so the
 * job fails as a whole and is retried; days that failed for the same reason (a source that is
 * down fails every day alike) share one mention, so an attempt is one line however many days.
 */
function ingestOutcome(run: IngestRun): JobOutcome {
  const count = (key: "created" | "updated" | "unchanged") => run.days.reduce((sum, day) => sum + day[key], 0);
  const counts = `${count("created")} new, ${count("updated")} updated, ${count("unchanged")} unchanged`;
  const days = `${run.days.length} day${run.days.length === 1 ? "" : "s"}`;
  const reasons = new Map<string, string[]>();
  for (const day of run.days) if (day.failed) reasons.set(day.failed, [...(reasons.get(day.failed) ?? []), day.day]);
  if (reasons.size > 0) {
    const failed = [...reasons.values()].reduce((sum, list) => sum + list.length, 0);
    const why = [...reasons].map(([reason, list]) => `${list.join(", ")}: ${reason}`).join("; ");
    throw new Error(`${failed} of ${days} failed (${why}); ${counts}`);
  }
  return { summary: `${days}: ${counts}`, revalidate: run.changed ? PAPERS_IMPORTED : undefined };
}

/** The job's log for ingestion: the days that went through; the failed ones are in the job's own line. */
const dayLog = (log: (line: string) => void) => (line: string) => {
  if (!/ failed, nothing written /.test(line)) log(line);
};

/** "07:00" → "0 7 * * *". */
function dailyCron(time: string): string {
  const [hours, minutes] = time.split(":").map(Number);
  return `${minutes} ${hours} * * *`;
}

/**
 * Every recurring job this configuration runs. A job that is switched off is not listed, and a
 * worker unschedules it.
 */
export function listRecurringJobs(): RecurringJob[] {
  const jobs: RecurringJob[] = [];
  if (enabledIngestSources().includes("hf")) {
    jobs.push({
      name: "ingest-hf",
      description: "Hugging Face Daily Papers: every day since the last successful run, today included",
      // Hourly, so papers added during the day appear within the hour; at :07 rather than on the
      // hour, when every other scheduler on the internet calls.
      cron: "7 * * * *",
      runAtStart: true,
      timeoutSeconds: 10 * 60,
      retryLimit: 5,
      retryDelaySeconds: 60,
      run: async ({ db, signal, log }) => ingestOutcome(await ingestSource(db, "hf", { signal, log: dayLog(log) })),
    });
  }
  if (enabledIngestSources().includes("arxiv") && ingestArxivCategories().length > 0) {
    jobs.push({
      name: "ingest-arxiv",
      description: `arXiv new submissions in ${ingestArxivCategories().join(", ")}`,
      // arXiv announces at 20:00 US Eastern, 00:00 or 01:00 UTC with daylight saving; 01:30 is after both.
      cron: "30 1 * * *",
      runAtStart: false,
      // One request every 3 s over every page of a large day.
      timeoutSeconds: 30 * 60,
      retryLimit: 5,
      retryDelaySeconds: 5 * 60,
      run: async ({ db, signal, log }) =>
        ingestOutcome(await ingestSource(db, "arxiv", { categories: ingestArxivCategories(), signal, log: dayLog(log) })),
    });
  }
  if (env.DIGEST_SCHEDULE) {
    jobs.push({
      name: "send-digest",
      description: "The email digest: yesterday's papers, and on Mondays last week's",
      cron: dailyCron(env.DIGEST_SCHEDULE),
      runAtStart: false,
      timeoutSeconds: 60 * 60,
      retryLimit: 5,
      retryDelaySeconds: 5 * 60,
      run: async ({ db, log, queuedAt }) => {
        const runs = await runDigests(db, { now: queuedAt, log });
        return {
          summary: runs.map((r) => `${r.digestKey}: ${r.sent} sent${r.rejected.length ? `, ${r.rejected.length} refused` : ""}`).join("; "),
        };
      },
    });
  }
  jobs.push({
    name: "match-alerts",
    description: "Alerts: new papers that an import saved but did not get to match (its process died) go to inboxes",
    // Imports match their own papers as they save them; this only sweeps up after a crash.
    cron: "*/5 * * * *",
    runAtStart: true,
    timeoutSeconds: 10 * 60,
    retryLimit: 5,
    retryDelaySeconds: 60,
    run: async ({ db }) => {
      const run = await drainAlertMatching(db);
      return { summary: `${run.papers} new papers matched, ${run.items} inbox items added` };
    },
  });
  jobs.push(similarPapersJob("new"), similarPapersJob("full"));
  jobs.push(recommendationsJob);
  if (env.SMTP_URL) jobs.push(commentEmailsJob);
  return jobs;
}

/** The effective timeout: the job's own, capped by JOBS_TIMEOUT_SECONDS. */
export function jobTimeoutSeconds(job: RecurringJob): number {
  return Math.min(job.timeoutSeconds, env.JOBS_TIMEOUT_SECONDS ?? Infinity);
}

/** The effective first retry delay: the job's own, capped by JOBS_RETRY_DELAY_SECONDS. */
export function jobRetryDelaySeconds(job: RecurringJob): number {
  return Math.min(job.retryDelaySeconds, env.JOBS_RETRY_DELAY_SECONDS ?? Infinity);
}
