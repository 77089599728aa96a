// `npm run jobs`: the recurring background jobs, their last run, result and next run.
// `npm run jobs -- run <name>`: runs one now (queued like any run, so never twice at once) and
// waits for its result; it runs here if no worker takes it first.
import { createJobQueue } from "@/lib/jobs/job-queue";
import { listJobStatus, type JobRunView } from "@/lib/jobs/list-job-status";
import { queueJobNow } from "@/lib/jobs/queue-job-now";
import { listRecurringJobs } from "@/lib/jobs/recurring-jobs";
import { formatRunTime, runJob } from "@/lib/jobs/run-job";
import { exitWith, withDatabase } from "./lib/cli";

const USAGE = `Usage:
  npm run jobs                  the recurring jobs, their last run, result and next run
  npm run jobs -- run <name>    run one now and wait for its result`;

const time = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const describeRun = (run: JobRunView) =>
  `${time(run.startedAt)} ${run.state}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ""}${run.summary ? `: ${run.summary}` : ""}`;

async function list(db: Parameters<typeof listJobStatus>[0]): Promise<number> {
  const jobs = await listJobStatus(db);
  if (jobs.length === 0) console.log("No recurring jobs: ingestion is off (INGEST_SOURCES=none) and DIGEST_SCHEDULE is not set.");
  for (const job of jobs) {
    console.log(`${job.name}  (${job.cron}, UTC)  ${job.description}`);
    console.log(`  last run:  ${job.lastRun ? describeRun(job.lastRun) : "never"}`);
    console.log(`  next run:  ${time(job.nextRunAt)}`);
    for (const failure of job.failures) console.log(`  failure:   ${describeRun(failure)}`);
  }
  return 0;
}

async function runNow(url: string, db: Parameters<typeof listJobStatus>[0], name: string): Promise<number> {
  const job = listRecurringJobs().find((j) => j.name === name);
  if (!job) {
    console.error(
      `No recurring job is called "${name}". Jobs: ${
        listRecurringJobs()
          .map((j) => j.name)
          .join(", ") || "none"
      }.`,
    );
    return 2;
  }
  const boss = createJobQueue(url, "client");
  boss.on("error", (error) => console.error(`job queue error: ${error.message}`));
  await boss.start();
  try {
    const queued = await queueJobNow(boss, name);
    if (!queued) return 2;
    console.log(queued.alreadyQueued ? `A run of ${name} was already waiting; waiting for it.` : `Queued ${name}.`);
    const log = (line: string) => console.log(line);
    let ranHere = false;
    await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([mine]) => {
      if (!mine) return undefined;
      ranHere ||= mine.id === queued.jobId;
      return runJob(job, mine, { db, worker: `jobs-cli:${process.pid}`, log });
    });
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const state = await boss.getJobById(name, queued.jobId, { includeArchive: true });
      if (!state) throw new Error(`the run of ${name} disappeared from the queue`);
      if (state.state === "completed") {
        // A worker (or another `jobs run`) took it: its line is in that process's log, so say it here too.
        if (!ranHere) {
          const run = await db.jobRun.findFirst({ where: { queueJobId: queued.jobId, ok: true }, orderBy: { startedAt: "desc" } });
          if (run?.endedAt)
            log(
              `${name}: done in ${formatRunTime(run.endedAt.getTime() - run.startedAt.getTime())} by ${run.worker}: ${run.summary ?? ""}`,
            );
        }
        return 0;
      }
      if (state.state === "failed" || state.state === "retry" || state.state === "cancelled") {
        if (state.state === "retry") console.log("It will be retried by a worker.");
        return 1;
      }
    }
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

async function main(): Promise<number> {
  const [command, name, ...rest] = process.argv.slice(2);
  if (!(command === undefined || (command === "run" && name && rest.length === 0))) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase((db, url) => (command === "run" ? runNow(url, db, name!) : list(db)));
}

exitWith(main());
