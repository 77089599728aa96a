import { DEFAULT_EXPAND_QUERY_OPTIONS, expandQuery, type ExpandQueryOptions } from "@/lib/discovery/expand-query";
import { findSimilarRows, type Neighbour, type SimilarityIndex } from "@/lib/discovery/similarity-index";
import { rowVector } from "@/lib/discovery/sparse-rows";

export type ListSimilarRowsOptions = ExpandQueryOptions & {
  /** First-round neighbours whose centroid expands the query; 0 asks once, with the paper's own vector. */
  feedback: number;
};

export const DEFAULT_LIST_SIMILAR_ROWS_OPTIONS: ListSimilarRowsOptions = { ...DEFAULT_EXPAND_QUERY_OPTIONS, feedback: 10 };

/**
 * A paper's `k` most similar rows, best first: its own vector finds a first round, whose centroid
 * expands the query (expandQuery), and the expanded query ranks the answer. Twice the postings
 * walked of a single round (bench/RESULTS.md, "Discovery"), for lists that share a topic more often.
 */
export function listSimilarRows(
  index: SimilarityIndex,
  row: number,
  k: number,
  options: ListSimilarRowsOptions = DEFAULT_LIST_SIMILAR_ROWS_OPTIONS,
): Neighbour[] {
  const query = rowVector(index.rows, row);
  if (options.feedback === 0) return findSimilarRows(index, query, k, row);
  const first = findSimilarRows(index, query, options.feedback, row);
  if (first.length === 0) return [];
  return findSimilarRows(
    index,
    expandQuery(
      query,
      first.map((neighbour) => rowVector(index.rows, neighbour.row)),
      options,
    ),
    k,
    row,
  );
}
