import { cosineSimilarity, type SparseVector } from "@/lib/discovery/vectorize-paper";
import type { RecommendationReason } from "@/lib/recommendations/recommendation-reason";
import { dot, type ReaderModel } from "@/lib/recommendations/train-reader-model";

export type Positive = { paperId: string; vector: SparseVector; reason: RecommendationReason };
export type Candidate = { paperId: string; vector: SparseVector };
export type Recommendation = { paperId: string; score: number; reason: RecommendationReason };

/**
 * Candidates ranked by the reader's model, best first, each explained by the positive it is most
 * like (its cosine). What the reader already has, or turned down, is never recommended; ties keep
 * the candidates' order (their trending order), so a ranking is stable from one training to the next.
 */
export function rankRecommendations({
  model,
  candidates,
  positives,
  exclude,
  limit,
}: {
  model: ReaderModel;
  candidates: readonly Candidate[];
  positives: readonly Positive[];
  exclude: ReadonlySet<string>;
  limit: number;
}): Recommendation[] {
  if (positives.length === 0) return [];
  const seen = new Set<string>();
  const scored: { candidate: Candidate; score: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    if (exclude.has(candidate.paperId) || seen.has(candidate.paperId)) return;
    seen.add(candidate.paperId);
    scored.push({ candidate, score: dot(model, candidate.vector), order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map(({ candidate, score }) => {
    let best = positives[0]!;
    let bestSimilarity = -1;
    for (const positive of positives) {
      const similarity = cosineSimilarity(candidate.vector, positive.vector);
      if (similarity > bestSimilarity) [best, bestSimilarity] = [positive, similarity];
    }
    return { paperId: candidate.paperId, score, reason: best.reason };
  });
}
