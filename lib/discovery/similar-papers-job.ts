import { SIMILAR_PAPERS_TAG } from "@/lib/cache/cache-tags";
import { buildSimilarPapers, type BuildMode } from "@/lib/discovery/build-similar-papers";
import type { RecurringJob } from "@/lib/jobs/recurring-jobs";

/**
 * The similar-papers jobs. `new` runs every five minutes and at worker start (a fresh `npm start`
 * has similar papers within a minute), listing papers that arrived since; it does nothing, and
 * reads no text, when none did. `full` rewrites every list at night, so that lists no new paper
 * entered still follow the corpus's weights as it grows.
 */
export function similarPapersJob(mode: BuildMode): RecurringJob {
  return {
    name: mode === "new" ? "similar-papers" : "similar-papers-rebuild",
    description: mode === "new" ? "Similar papers of papers that have none yet" : "Similar papers of every paper, with a new vocabulary",
    // After ingestion's :07 runs; the rebuild at 03:17, away from arXiv's 01:30 and the digests.
    cron: mode === "new" ? "*/5 * * * *" : "17 3 * * *",
    runAtStart: mode === "new",
    // The rebuild at 100,000 papers takes minutes (bench/RESULTS.md, "Discovery").
    timeoutSeconds: mode === "new" ? 15 * 60 : 60 * 60,
    retryLimit: 3,
    retryDelaySeconds: 60,
    run: async ({ db, signal, log }) => {
      const result = await buildSimilarPapers(db, mode, { signal, log });
      if (result.written === 0) return { summary: "no new papers" };
      const refreshed = result.refreshed > 0 ? ` (${result.refreshed} refreshed for new papers)` : "";
      return {
        summary: `${result.mode === "full" ? "full build" : "new papers"}: ${result.written} lists written${refreshed}; ${result.papers} papers, ${result.terms} terms`,
        revalidate: { now: [], background: [SIMILAR_PAPERS_TAG] },
      };
    },
  };
}
