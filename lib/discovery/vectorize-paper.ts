import { tokenizePaper, type PaperText } from "@/lib/discovery/tokenize-paper";
import type { Vocabulary } from "@/lib/discovery/vocabulary";

/** A sparse row: columns ascending, values l2-normalised, so that a dot product is a cosine. */
export type SparseVector = { columns: Uint32Array; values: Float32Array };

/** TF-IDF of a list of terms: sublinear tf (1 + ln tf) times idf, l2-normalised; unknown terms count for nothing. */
export function vectorizeTerms(vocabulary: Vocabulary, terms: readonly string[]): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const column = vocabulary.index.get(term);
    if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const columns = Uint32Array.from(counts.keys()).sort();
  const values = new Float32Array(columns.length);
  let norm = 0;
  columns.forEach((column, i) => {
    const weight = (1 + Math.log(counts.get(column)!)) * vocabulary.idf[column]!;
    values[i] = weight;
    norm += weight * weight;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
  return { columns, values };
}

/** One paper's TF-IDF vector: what a per-person model scores, and what similarity compares. */
export function vectorizePaper(vocabulary: Vocabulary, paper: PaperText): SparseVector {
  return vectorizeTerms(vocabulary, tokenizePaper(paper));
}

/** The cosine of two vectors made by vectorizeTerms: a merge of their sorted columns. */
export function cosineSimilarity(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.columns.length && j < b.columns.length) {
    const left = a.columns[i]!;
    const right = b.columns[j]!;
    if (left === right) sum += a.values[i++]! * b.values[j++]!;
    else if (left < right) i++;
    else j++;
  }
  return sum;
}
