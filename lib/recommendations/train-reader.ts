import type { PrismaClient } from "@/lib/generated/prisma/client";
import { vectorizePaper } from "@/lib/discovery/vectorize-paper";
import type { Vocabulary } from "@/lib/discovery/vocabulary";
import { rankRecommendations, type Positive, type Recommendation } from "@/lib/recommendations/rank-recommendations";
import type { RecommendationReason } from "@/lib/recommendations/recommendation-reason";
import { trainReaderModel } from "@/lib/recommendations/train-reader-model";

/** How many of a reader's latest saves and upvotes train the model. */
const MAX_POSITIVES = 300;
/** Papers the reader did not pick, drawn at random: what "not this" looks like to the model. */
const BACKGROUND_SAMPLE = 300;
const MAX_DISMISSALS = 300;
/** The recent papers every reader's list is drawn from, besides the neighbours of their positives. */
const RECENT_DAYS = 30;
const RECENT_CANDIDATES = 1000;
/** Kept per reader: the page's "any time" view and the newest-only view both filter this list. */
export const RECOMMENDATIONS_KEPT = 200;
/** A new reader's chosen categories stand in for saves with this many of their trending papers. */
const STARTER_PAPERS = 10;

type PaperRow = { id: string; title: string; abstract: string; authors: string[] };

async function readTexts(db: PrismaClient, ids: readonly string[]): Promise<Map<string, PaperRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.paper.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, title: true, abstract: true, authors: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The reader's positives, newest first: saves (with the collection, for "Because you saved X in
 * Y") and upvotes; a paper both saved and upvoted counts once, as saved. Only the reader's own
 * rows are read, so another person's collections, private or not, never reach this model.
 */
async function readPositives(db: PrismaClient, userId: string): Promise<{ paperId: string; reason: RecommendationReason }[]> {
  const rows = await db.$queryRaw<{ paperId: string; collectionId: string | null }[]>`
    SELECT "paperId", "collectionId" FROM (
      SELECT i."paperId", c.id AS "collectionId", i."addedAt" AS at
        FROM "CollectionItem" i JOIN "Collection" c ON c.id = i."collectionId"
       WHERE c."ownerId" = ${userId}
      UNION ALL
      SELECT v."paperId", NULL, v."createdAt" FROM "Vote" v WHERE v."userId" = ${userId}
    ) events
    ORDER BY at DESC
    LIMIT ${MAX_POSITIVES * 2}`;
  const byPaper = new Map<string, RecommendationReason>();
  for (const { paperId, collectionId } of rows) {
    const current = byPaper.get(paperId);
    if (collectionId && current?.kind !== "saved") byPaper.set(paperId, { kind: "saved", paperId, collectionId });
    else if (!current) byPaper.set(paperId, { kind: "upvoted", paperId });
  }
  return [...byPaper].slice(0, MAX_POSITIVES).map(([paperId, reason]) => ({ paperId, reason }));
}

/** A new reader's starting point: the trending papers of the categories they chose. */
async function readStarterPositives(db: PrismaClient, categories: readonly string[]) {
  if (categories.length === 0) return [];
  const rows = await db.paper.findMany({
    where: { categories: { hasSome: [...categories] } },
    orderBy: [{ score: "desc" }, { id: "desc" }],
    take: STARTER_PAPERS,
    select: { id: true, categories: true },
  });
  return rows.map((row) => ({
    paperId: row.id,
    reason: { kind: "category", category: categories.find((c) => row.categories.includes(c)) ?? categories[0]! } as RecommendationReason,
  }));
}

export type TrainingInput = {
  userId: string;
  /** Train on these instead of the reader's saves and upvotes ("More like this collection"). */
  positivesOverride?: { paperId: string; reason: RecommendationReason }[];
  startCategories?: readonly string[];
  limit?: number;
};

/**
 * One reader's recommendations, computed now (about 0.1–0.5 s: bench/RESULTS.md, "Discovery"):
 * positives are their saves and upvotes (or the override, or their chosen categories), negatives
 * their "Not interested" papers and a random background; candidates are the last 30 days of papers
 * (up to the newest one listed, so an archive that stopped filling still has a "recent") and the
 * precomputed similar papers of each positive. Never what they saved, upvoted, read or turned down.
 */
export async function computeRecommendations(
  db: PrismaClient,
  vocabulary: Vocabulary,
  input: TrainingInput,
): Promise<{ positives: number; recommendations: Recommendation[] }> {
  const { userId } = input;
  let positiveRefs = input.positivesOverride ?? (await readPositives(db, userId));
  if (positiveRefs.length === 0 && !input.positivesOverride) positiveRefs = await readStarterPositives(db, input.startCategories ?? []);
  if (positiveRefs.length === 0) return { positives: 0, recommendations: [] };
  const positiveIds = positiveRefs.map((p) => p.paperId);

  const [dismissed, background, recent, neighbours, own] = await Promise.all([
    db.paperDismissal.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: MAX_DISMISSALS, select: { paperId: true } }),
    db.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Paper" WHERE NOT (id = ANY(${positiveIds})) ORDER BY random() LIMIT ${BACKGROUND_SAMPLE}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Paper"
       WHERE "listedAt" >= (SELECT max("listedAt") FROM "Paper") - make_interval(days => ${RECENT_DAYS})
       ORDER BY score DESC, id DESC
       LIMIT ${RECENT_CANDIDATES}`,
    db.$queryRaw<{ id: string }[]>`SELECT DISTINCT unnest("similarIds") AS id FROM "SimilarPapers" WHERE "paperId" = ANY(${positiveIds})`,
    // Saves and upvotes beyond the positives read above, and papers read, are not to be recommended.
    db.$queryRaw<{ id: string }[]>`
      SELECT i."paperId" AS id FROM "CollectionItem" i JOIN "Collection" c ON c.id = i."collectionId" WHERE c."ownerId" = ${userId}
      UNION SELECT "paperId" FROM "Vote" WHERE "userId" = ${userId}
      UNION SELECT "paperId" FROM "PaperRead" WHERE "userId" = ${userId}`,
  ]);
  const dismissedIds = dismissed.map((d) => d.paperId);
  const candidateIds = [...new Set([...neighbours.map((r) => r.id), ...recent.map((r) => r.id)])];
  const texts = await readTexts(db, [...new Set([...positiveIds, ...dismissedIds, ...background.map((r) => r.id), ...candidateIds])]);
  const vector = (id: string) => {
    const text = texts.get(id);
    return text ? vectorizePaper(vocabulary, text) : null;
  };

  const positives: Positive[] = positiveRefs.flatMap(({ paperId, reason }) => {
    const v = vector(paperId);
    return v ? [{ paperId, vector: v, reason }] : [];
  });
  // The background is unlabeled, not disliked: papers most like a positive are left out of it, or
  // the model would learn to rank down exactly the papers it is meant to find.
  const neighbourIds = new Set(neighbours.map((r) => r.id));
  const negatives = [...dismissedIds, ...background.map((r) => r.id).filter((id) => !neighbourIds.has(id))].flatMap(
    (id) => vector(id) ?? [],
  );
  const candidates = candidateIds.flatMap((paperId) => {
    const v = vector(paperId);
    return v ? [{ paperId, vector: v }] : [];
  });
  const model = trainReaderModel(
    vocabulary.terms.length,
    positives.map((p) => p.vector),
    negatives,
  );
  // A new reader's starter papers are not theirs: they stay recommendable.
  const exclude = new Set([...dismissedIds, ...own.map((r) => r.id)]);
  return {
    positives: positives.length,
    recommendations: rankRecommendations({ model, candidates, positives, exclude, limit: input.limit ?? RECOMMENDATIONS_KEPT }),
  };
}
