import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadTrainingVocabulary } from "@/lib/recommendations/load-training-vocabulary";
import { encodeReason } from "@/lib/recommendations/recommendation-reason";
import { computeRecommendations } from "@/lib/recommendations/train-reader";

/** Readers trained per run: the job runs every minute, so a crowd of changes waits a few minutes at most. */
const READERS_PER_RUN = 200;

/**
 * Readers whose inputs changed since their last training: a save, an upvote or a "Not interested"
 * newer than it, or a change to their row (chosen categories, a dismissal taken back). Each test
 * is an index lookup per reader (Vote by user and date, collections by owner, dismissals by user).
 * Taking back a vote or a save is not an input change: those papers stay out of the list as
 * already seen until the reader's next training.
 */
async function listReadersToTrain(db: PrismaClient, limit: number) {
  return db.$queryRaw<{ userId: string; startCategories: string[] }[]>`
    SELECT u.id AS "userId", COALESCE(r."startCategories", ARRAY[]::text[]) AS "startCategories"
      FROM "User" u LEFT JOIN "ReaderRecommendations" r ON r."userId" = u.id
     WHERE GREATEST(
             (SELECT max(v."createdAt") FROM "Vote" v WHERE v."userId" = u.id),
             (SELECT max(i."addedAt") FROM "CollectionItem" i JOIN "Collection" c ON c.id = i."collectionId" WHERE c."ownerId" = u.id),
             (SELECT max(d."createdAt") FROM "PaperDismissal" d WHERE d."userId" = u.id),
             r."updatedAt"
           ) > COALESCE(r."trainedAt", '-infinity'::timestamp)
     ORDER BY u.id
     LIMIT ${limit}`;
}

export type TrainingRun = { trained: number; skipped: "no-vocabulary" | null };

/**
 * The "For you" job's work: retrains every reader whose inputs changed and stores each list whole
 * (one upsert per reader, so a run cut off by a crash or a timeout leaves every list either old or
 * new, and the next run simply trains the rest again). trainedAt is the database's clock when the
 * reader's inputs were read, so a save made during the training brings them back next minute.
 */
export async function trainChangedReaders(
  db: PrismaClient,
  { signal, log, limit = READERS_PER_RUN }: { signal?: AbortSignal; log?: (line: string) => void; limit?: number } = {},
): Promise<TrainingRun> {
  const readers = await listReadersToTrain(db, limit);
  if (readers.length === 0) return { trained: 0, skipped: null };
  const vocabulary = await loadTrainingVocabulary(db);
  // Before the first similar-papers build there are no columns to train on; it runs at worker start.
  if (!vocabulary) return { trained: 0, skipped: "no-vocabulary" };
  let trained = 0;
  for (const reader of readers) {
    signal?.throwIfAborted();
    const [{ now }] = await db.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS now`;
    const { positives, recommendations } = await computeRecommendations(db, vocabulary, reader);
    const data = {
      paperIds: recommendations.map((r) => r.paperId),
      scores: recommendations.map((r) => r.score),
      reasons: recommendations.map((r) => encodeReason(r.reason)),
      positives,
      trainedAt: now,
      // Not the write's own time, which would read as a change since the training.
      updatedAt: now,
    };
    await db.readerRecommendations.upsert({ where: { userId: reader.userId }, create: { userId: reader.userId, ...data }, update: data });
    log?.(`${reader.userId}: ${positives} positives, ${recommendations.length} recommended`);
    trained++;
  }
  return { trained, skipped: null };
}
