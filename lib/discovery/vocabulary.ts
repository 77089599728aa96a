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
  /** The most terms kept, the most frequent first (arxiv-sanity-lite keeps 20,000): bounds memory and the stored row. */
  maxTerms?: number;
};

const DEFAULT_MAX_TERMS = 200_000;
export const DEFAULT_VOCABULARY_OPTIONS: VocabularyOptions = { minDf: 2, maxDf: 0.5, maxTerms: DEFAULT_MAX_TERMS };

/**
 * The options for a corpus of this size: a term must be in 5 papers once there are 20,000
 * (arxiv-sanity-lite's min_df), in 2 below, where 5 would leave small servers few terms.
 */
export function vocabularyOptionsFor(documentCount: number): VocabularyOptions {
  return { ...DEFAULT_VOCABULARY_OPTIONS, minDf: documentCount >= 20_000 ? 5 : 2 };
}

/** scikit-learn's smooth idf: ln((1 + n) / (1 + df)) + 1, so no term weighs zero or divides by zero. */
export function inverseDocumentFrequency(df: number, documentCount: number): number {
  return Math.log((1 + documentCount) / (1 + df)) + 1;
}

/** A vocabulary from the terms' document frequencies; terms sorted, so equal corpora give equal columns. */
export function buildVocabulary(
  documentFrequencies: ReadonlyMap<string, number>,
  documentCount: number,
  { minDf, maxDf, maxTerms = DEFAULT_MAX_TERMS }: VocabularyOptions = DEFAULT_VOCABULARY_OPTIONS,
): Vocabulary {
  const maxCount = Math.max(Math.floor(maxDf * documentCount), minDf);
  let kept = [...documentFrequencies].filter(([, df]) => df >= minDf && df <= maxCount);
  if (kept.length > maxTerms) kept = kept.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, maxTerms);
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
