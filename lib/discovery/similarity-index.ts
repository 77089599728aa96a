import { cosineSimilarity, type SparseVector } from "@/lib/discovery/vectorize-paper";
import { rowVector, type SparseRows } from "@/lib/discovery/sparse-rows";

/**
 * Cosine top-k over all papers without comparing every pair. Each paper is posted under its
 * heaviest terms only (termsPerPaper): a query adds up its terms' weights over those postings to
 * pick candidates, then ranks the best candidates by their exact cosine. Terms every paper shares
 * weigh little, so they are rarely among a paper's heaviest, and a query never walks their
 * tens of thousands of postings; that is what makes a full build at 100,000 papers take minutes.
 */
export type SimilarityIndex = {
  rows: SparseRows;
  postingStart: Uint32Array;
  postingRows: Uint32Array;
  postingValues: Float32Array;
  /** Scratch for one query at a time: a partial score per row, and the rows touched. */
  scores: Float32Array;
  touched: Uint32Array;
};

export type SimilarityIndexOptions = { termsPerPaper: number };
export const DEFAULT_SIMILARITY_INDEX_OPTIONS: SimilarityIndexOptions = { termsPerPaper: 40 };

/** The columns of a row's `limit` heaviest terms. */
function heaviestColumns(vector: SparseVector, limit: number): number[] {
  const order = Array.from(vector.columns.keys());
  if (order.length > limit) order.sort((a, b) => vector.values[b]! - vector.values[a]!).length = limit;
  return order;
}

export function createSimilarityIndex(
  rows: SparseRows,
  columnCount: number,
  { termsPerPaper }: SimilarityIndexOptions = DEFAULT_SIMILARITY_INDEX_OPTIONS,
): SimilarityIndex {
  // Two passes over the rows (count, then fill) so the postings are exactly sized typed arrays.
  const counts = new Uint32Array(columnCount + 1);
  for (let row = 0; row < rows.count; row++) {
    const vector = rowVector(rows, row);
    for (const i of heaviestColumns(vector, termsPerPaper)) counts[vector.columns[i]! + 1]! += 1;
  }
  for (let column = 0; column < columnCount; column++) counts[column + 1]! += counts[column]!;
  const postingStart = counts;
  const fill = postingStart.slice(0, columnCount);
  const postingRows = new Uint32Array(postingStart[columnCount]!);
  const postingValues = new Float32Array(postingStart[columnCount]!);
  for (let row = 0; row < rows.count; row++) {
    const vector = rowVector(rows, row);
    for (const i of heaviestColumns(vector, termsPerPaper)) {
      const at = fill[vector.columns[i]!]!++;
      postingRows[at] = row;
      postingValues[at] = vector.values[i]!;
    }
  }
  return { rows, postingStart, postingRows, postingValues, scores: new Float32Array(rows.count), touched: new Uint32Array(rows.count) };
}

export type Neighbour = { row: number; score: number };

/**
 * The best `size` rows by score, as a min-heap in two typed arrays (the weakest on top), so a
 * query over tens of thousands of candidates keeps only what it returns.
 */
type BestRows = { rows: Uint32Array; scores: Float32Array; length: number };

function siftDown(best: BestRows, from: number) {
  const { rows, scores, length } = best;
  for (let i = from; ;) {
    const left = 2 * i + 1;
    let least = i;
    if (left < length && scores[left]! < scores[least]!) least = left;
    if (left + 1 < length && scores[left + 1]! < scores[least]!) least = left + 1;
    if (least === i) return;
    [rows[least], rows[i]] = [rows[i]!, rows[least]!];
    [scores[least], scores[i]] = [scores[i]!, scores[least]!];
    i = least;
  }
}

function keepBest(best: BestRows, row: number, score: number) {
  const { rows, scores } = best;
  if (best.length < rows.length) {
    let i = best.length++;
    rows[i] = row;
    scores[i] = score;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (scores[parent]! <= scores[i]!) break;
      [rows[parent], rows[i]] = [rows[i]!, rows[parent]!];
      [scores[parent], scores[i]] = [scores[i]!, scores[parent]!];
      i = parent;
    }
  } else if (score > scores[0]!) {
    rows[0] = row;
    scores[0] = score;
    siftDown(best, 0);
  }
}

/**
 * The k rows most similar to `vector` by cosine, best first (ties by row), leaving out `exclude`
 * (the paper itself) and rows that share no term with it.
 */
export function findSimilarRows(index: SimilarityIndex, vector: SparseVector, k: number, exclude = -1): Neighbour[] {
  const { scores, touched, postingStart, postingRows, postingValues } = index;
  let touchedCount = 0;
  for (let i = 0; i < vector.columns.length; i++) {
    const column = vector.columns[i]!;
    if (column + 1 >= postingStart.length) continue;
    const weight = vector.values[i]!;
    for (let at = postingStart[column]!; at < postingStart[column + 1]!; at++) {
      const row = postingRows[at]!;
      if (scores[row] === 0) touched[touchedCount++] = row;
      scores[row]! += weight * postingValues[at]!;
    }
  }
  // Candidates by partial score, then the exact cosine decides among them.
  const pool = Math.max(5 * k, 100);
  const best: BestRows = { rows: new Uint32Array(pool), scores: new Float32Array(pool), length: 0 };
  for (let i = 0; i < touchedCount; i++) {
    const row = touched[i]!;
    if (row !== exclude) keepBest(best, row, scores[row]!);
    scores[row] = 0;
  }
  return Array.from(best.rows.subarray(0, best.length), (row) => ({ row, score: cosineSimilarity(vector, rowVector(index.rows, row)) }))
    .filter((neighbour) => neighbour.score > 0)
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, k);
}
