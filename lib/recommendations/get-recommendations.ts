import "server-only";
import type { RecommendationReasonView, RecommendationsResponse, RecommendationWindow } from "@/lib/api/recommendations-schemas";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";
import { loadTrainingVocabulary } from "@/lib/recommendations/load-training-vocabulary";
import { decodeReason, type RecommendationReason } from "@/lib/recommendations/recommendation-reason";
import { computeRecommendations } from "@/lib/recommendations/train-reader";

/** "Newest only": the week up to the newest paper listed. */
const WEEK_DAYS = 7;

type Ranked = { paperId: string; reason: RecommendationReason | null };

/**
 * Papers of `ranked` in its order, with their reasons spelled out, that are in the window and not
 * since saved, upvoted, read or turned down by the reader (the stored list is as old as its training).
 * Collection titles are read with `ownerId = userId`, so a "why" never names anyone else's.
 */
async function presentRanked(userId: string, ranked: Ranked[], window: RecommendationWindow, limit: number) {
  const db = getDb();
  const ids = ranked.map((r) => r.paperId);
  if (ids.length === 0) return [];
  // Which of the stored list still qualify: ids only, so 200 candidates cost no abstracts.
  const left = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Paper" p
     WHERE p.id = ANY(${ids})
       ${window === "week" ? Prisma.sql`AND p."listedAt" >= (SELECT max("listedAt") FROM "Paper") - make_interval(days => ${WEEK_DAYS})` : Prisma.empty}
       AND NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."userId" = ${userId} AND v."paperId" = p.id)
       AND NOT EXISTS (SELECT 1 FROM "PaperDismissal" d WHERE d."userId" = ${userId} AND d."paperId" = p.id)
       AND NOT EXISTS (SELECT 1 FROM "PaperRead" r WHERE r."userId" = ${userId} AND r."paperId" = p.id)
       AND NOT EXISTS (SELECT 1 FROM "CollectionItem" i JOIN "Collection" c ON c.id = i."collectionId" WHERE c."ownerId" = ${userId} AND i."paperId" = p.id)`;
  const qualifying = new Set(left.map((row) => row.id));
  const kept = ranked.filter((r) => qualifying.has(r.paperId)).slice(0, limit);
  if (kept.length === 0) return [];
  const reasonPaperIds = [...new Set(kept.flatMap((r) => (r.reason && r.reason.kind !== "category" ? [r.reason.paperId] : [])))];
  const collectionIds = [...new Set(kept.flatMap((r) => (r.reason?.kind === "saved" ? [r.reason.collectionId] : [])))];
  const [rows, reasonPapers, collections] = await Promise.all([
    db.$queryRaw<
      Parameters<typeof toPaperSummary>[0][]
    >`SELECT ${paperSummaryColumns} FROM "Paper" WHERE id = ANY(${kept.map((r) => r.paperId)})`,
    db.paper.findMany({ where: { id: { in: reasonPaperIds } }, select: { id: true, slug: true, title: true } }),
    db.collection.findMany({ where: { id: { in: collectionIds }, ownerId: userId }, select: { id: true, title: true } }),
  ]);
  const byId = new Map(rows.map((row) => [row.id, toPaperSummary(row)]));
  const paperLink = new Map(reasonPapers.map((p) => [p.id, { slug: p.slug, title: p.title }]));
  const collectionOf = new Map(collections.map((c) => [c.id, c]));
  const explain = (reason: RecommendationReason | null): RecommendationReasonView => {
    if (reason?.kind === "category") return reason;
    const paper = reason && paperLink.get(reason.paperId);
    if (!reason || !paper) return { kind: "trending" };
    if (reason.kind === "upvoted") return { kind: "upvoted", paper };
    const collection = collectionOf.get(reason.collectionId);
    // A save whose collection is gone since (or was never the reader's): say what is still true.
    return collection ? { kind: "saved", paper, collection } : { kind: "upvoted", paper };
  };
  // A paper deleted between the two reads is left out.
  return kept.flatMap((r) => {
    const paper = byId.get(r.paperId);
    return paper ? [{ ...paper, reason: explain(r.reason) }] : [];
  });
}

async function trending(userId: string, window: RecommendationWindow, limit: number) {
  const top = await getDb().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Paper"
     ${window === "week" ? Prisma.sql`WHERE "listedAt" >= (SELECT max("listedAt") FROM "Paper") - make_interval(days => ${WEEK_DAYS})` : Prisma.empty}
     ORDER BY score DESC, id DESC LIMIT ${limit * 3}`;
  return presentRanked(
    userId,
    top.map((row) => ({ paperId: row.id, reason: null })),
    window,
    limit,
  );
}

export type RecommendationsRequest = { window: RecommendationWindow; collection?: string; limit: number };

/**
 * A reader's "For you": their stored list (trained by the job), or, with `collection`, a list made
 * now from that one collection of theirs ("More like this collection"). Until there is anything
 * to learn from, trending papers. Null when `collection` is not one of the reader's collections.
 */
export async function getRecommendations(
  userId: string,
  { window, collection, limit }: RecommendationsRequest,
): Promise<RecommendationsResponse | null> {
  const db = getDb();
  if (collection) {
    const owned = await db.collection.findFirst({
      where: { id: collection, ownerId: userId },
      select: { id: true, title: true, items: { select: { paperId: true }, orderBy: { addedAt: "desc" }, take: 300 } },
    });
    if (!owned) return null;
    const vocabulary = await loadTrainingVocabulary(db);
    const computed =
      vocabulary && owned.items.length > 0
        ? await computeRecommendations(db, vocabulary, {
            userId,
            positivesOverride: owned.items.map(({ paperId }) => ({ paperId, reason: { kind: "saved", paperId, collectionId: owned.id } })),
          })
        : null;
    const papers = computed?.recommendations.length
      ? await presentRanked(userId, computed.recommendations, window, limit)
      : await trending(userId, window, limit);
    return {
      papers,
      basis: computed?.recommendations.length ? "model" : "trending",
      window,
      trainedAt: null,
      collection: { id: owned.id, title: owned.title },
      startCategories: [],
    };
  }
  const row = await db.readerRecommendations.findUnique({ where: { userId } });
  const startCategories = row?.startCategories ?? [];
  if (!row || row.paperIds.length === 0) {
    return { papers: await trending(userId, window, limit), basis: "trending", window, trainedAt: null, collection: null, startCategories };
  }
  const ranked = row.paperIds.map((paperId, i) => ({ paperId, reason: decodeReason(row.reasons[i] ?? "") }));
  return {
    papers: await presentRanked(userId, ranked, window, limit),
    basis: "model",
    window,
    trainedAt: row.trainedAt?.toISOString() ?? null,
    collection: null,
    startCategories,
  };
}
