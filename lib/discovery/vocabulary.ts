/**
 * The model that similarity (and later a per-person model) shares: the terms kept, in order, and
 * each one's inverse document frequency. Stored whole after each build (TfidfVocabulary), so that
 * a per-person model can vectorize papers with the same weights without reading the corpus.
 */
export type Vocabulary = {
  terms: readonly string[];
  idf: Float32Array;
  /** term → its column */
  index: ReadonlyMap<string, number>;
  documentCount: number;
};

export type VocabularyOptions = {
  /** A term in fewer documents than this is dropped (typos, one-off names): arxiv-sanity-lite uses 5. */
  minDf: number;
  /** A term in more than this share of documents says nothing about a paper ("model", "results"). */
  maxDf: number;
};

export const DEFAULT_VOCABULARY_OPTIONS: VocabularyOptions = { minDf: 2, maxDf: 0.5 };

/** scikit-learn's smooth idf: ln((1 + n) / (1 + df)) + 1, so no term weighs zero or divides by zero. */
export function inverseDocumentFrequency(df: number, documentCount: number): number {
  return Math.log((1 + documentCount) / (1 + df)) + 1;
}

/** A vocabulary from the terms' document frequencies; terms sorted, so equal corpora give equal columns. */
export function buildVocabulary(
  documentFrequencies: ReadonlyMap<string, number>,
  documentCount: number,
  { minDf, maxDf }: VocabularyOptions = DEFAULT_VOCABULARY_OPTIONS,
): Vocabulary {
  const maxCount = Math.floor(maxDf * documentCount);
  const kept = [...documentFrequencies]
    .filter(([, df]) => df >= minDf && df <= Math.max(maxCount, minDf))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return vocabularyFrom(
    kept.map(([term]) => term),
    Float32Array.from(kept, ([, df]) => inverseDocumentFrequency(df, documentCount)),
    documentCount,
  );
}

/** A vocabulary as stored: its terms and their idf, column by column. */
export function vocabularyFrom(terms: readonly string[], idf: Float32Array, documentCount: number): Vocabulary {
  if (terms.length !== idf.length) throw new Error(`a vocabulary of ${terms.length} terms has ${idf.length} weights`);
  return { terms, idf, index: new Map(terms.map((term, column) => [term, column])), documentCount };
}
