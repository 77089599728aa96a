import type { RecurringJob } from "@/lib/jobs/recurring-jobs";
import { trainChangedReaders } from "@/lib/recommendations/train-changed-readers";

/**
 * "For you": every minute, retrains the readers whose saves, upvotes or "Not interested" changed,
 * so a reader sees the effect of a save within a minute. A run with no changes costs one query.
 */
export const recommendationsJob: RecurringJob = {
  name: "train-recommendations",
  description: "For you: retrain the readers whose saves, upvotes or dismissals changed",
  cron: "* * * * *",
  runAtStart: true,
  timeoutSeconds: 10 * 60,
  retryLimit: 3,
  retryDelaySeconds: 30,
  run: async ({ db, signal }) => {
    const run = await trainChangedReaders(db, { signal });
    if (run.skipped === "no-vocabulary") return { summary: "waiting for the first similar-papers build" };
    return { summary: run.trained ? `${run.trained} reader${run.trained === 1 ? "" : "s"} retrained` : "no changes" };
  },
};
