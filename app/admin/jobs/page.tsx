import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { getDb } from "@/lib/db";
import { listJobStatus, type JobRunView } from "@/lib/jobs/list-job-status";
import { isAdmin } from "@/lib/users/is-admin";

export const metadata: Metadata = { title: "Background jobs", robots: { index: false } };

function Time({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{`${date.toISOString().slice(0, 16).replace("T", " ")} UTC`}</time>;
}

const STATE_LABEL: Record<JobRunView["state"], string> = { ok: "Succeeded", failed: "Failed", running: "Running", interrupted: "Cut off" };
// Text says the state; colour only repeats it.
const STATE_CLASS: Record<JobRunView["state"], string> = {
  ok: "text-green-800 dark:text-green-300",
  failed: "text-red-800 dark:text-red-300",
  running: "text-zinc-800 dark:text-zinc-200",
  interrupted: "text-amber-800 dark:text-amber-300",
};

function RunLine({ run }: { run: JobRunView }) {
  return (
    <>
      <span className={`font-semibold ${STATE_CLASS[run.state]}`}>{STATE_LABEL[run.state]}</span> <Time date={run.startedAt} />
      {run.attempt > 1 ? ` (attempt ${run.attempt})` : ""}
      {run.summary ? <span className="mt-1 block text-sm break-words">{run.summary}</span> : null}
    </>
  );
}

export default async function AdminJobsPage({ searchParams }: PageProps<"/admin/jobs">) {
  const user = await getSessionUser();
  // Not "forbidden", nor "sign in": to anyone but an admin, signed in, the page does not exist.
  if (!user || !isAdmin(user.username)) notFound();
  const jobs = await listJobStatus(getDb());
  const params = await searchParams;
  const queued = typeof params.queued === "string" ? params.queued : null;
  const waiting = typeof params.waiting === "string" ? params.waiting : null;
  return (
    <div className="mx-auto max-w-4xl py-6">
      <h1 className="text-2xl font-bold tracking-tight">Background jobs</h1>
      <p className="meta mt-1 text-sm">
        Times are UTC. <code>npm run jobs</code> shows the same from a terminal.
      </p>
      <p role="status" className="mt-3 text-sm font-medium">
        {queued ? `Queued ${queued}: a worker runs it within seconds. Reload to see the result.` : null}
        {waiting ? `A run of ${waiting} was already waiting; it runs when a worker is free.` : null}
      </p>
      {jobs.length === 0 ? (
        <p className="mt-4">No recurring jobs: ingestion is off (INGEST_SOURCES=none) and DIGEST_SCHEDULE is not set.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {jobs.map((job) => (
            <li key={job.name}>
              <section aria-labelledby={`job-${job.name}`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 id={`job-${job.name}`} className="font-mono text-lg font-semibold">
                      {job.name}
                    </h2>
                    <p className="meta text-sm">{job.description}</p>
                  </div>
                  <form method="post" action={`/api/admin/jobs/${encodeURIComponent(job.name)}/run`}>
                    <button type="submit" className="btn">
                      Run now<span className="sr-only"> {job.name}</span>
                    </button>
                  </form>
                </div>
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="meta">Schedule</dt>
                  <dd>
                    <code>{job.cron}</code>
                  </dd>
                  <dt className="meta">Last run</dt>
                  <dd>{job.lastRun ? <RunLine run={job.lastRun} /> : "Never"}</dd>
                  <dt className="meta">Next run</dt>
                  <dd>
                    <Time date={job.nextRunAt} />
                  </dd>
                </dl>
                {job.failures.length > 0 ? (
                  <>
                    <h3 className="mt-3 text-sm font-semibold">Failures in the last 7 days</h3>
                    <ul className="mt-1 space-y-2 text-sm">
                      {job.failures.map((run) => (
                        <li key={`${run.startedAt.toISOString()}-${run.attempt}`}>
                          <RunLine run={run} />
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </section>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
