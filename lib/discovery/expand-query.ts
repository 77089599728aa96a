import type { SparseVector } from "@/lib/discovery/vectorize-paper";

export type ExpandQueryOptions = {
  /** The paper's own vector counts this many times the neighbours' centroid (both are unit length or near it). */
  originalWeight: number;
  /** The heaviest terms kept: a longer query walks more postings, and its tail is mostly noise. */
  maxTerms: number;
};

/** Chosen on half A of the evaluation set, reported on half B (bench/RESULTS.md, "Discovery"). */
export const DEFAULT_EXPAND_QUERY_OPTIONS: ExpandQueryOptions = { originalWeight: 1, maxTerms: 150 };

/**
 * Pseudo-relevance feedback (Rocchio without negatives): a paper's vector plus the centroid of its
 * first-round neighbours, cut to the heaviest terms and l2-normalised. A short abstract says
 * "side tuning" where its topic's papers say "adapter" and "LoRA"; its neighbours bring those
 * words in, so the second round finds papers the first missed for want of a shared word.
 */
export function expandQuery(
  query: SparseVector,
  neighbours: readonly SparseVector[],
  { originalWeight, maxTerms }: ExpandQueryOptions = DEFAULT_EXPAND_QUERY_OPTIONS,
): SparseVector {
  const weights = new Map<number, number>();
  const add = (vector: SparseVector, scale: number) => {
    for (let i = 0; i < vector.columns.length; i++) {
      const column = vector.columns[i]!;
      weights.set(column, (weights.get(column) ?? 0) + scale * vector.values[i]!);
    }
  };
  add(query, originalWeight);
  for (const neighbour of neighbours) add(neighbour, 1 / neighbours.length);
  // Heaviest first, ties by column so equal inputs give equal queries.
  const kept = [...weights].sort(([a, x], [b, y]) => y - x || a - b).slice(0, maxTerms);
  kept.sort(([a], [b]) => a - b);
  const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0));
  return {
    columns: Uint32Array.from(kept, ([column]) => column),
    values: Float32Array.from(kept, ([, weight]) => (norm > 0 ? weight / norm : 0)),
  };
}
