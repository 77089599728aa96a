/**
 * A count-min sketch of document frequencies: two rows of 2^22 counters (32 MB) whatever the corpus.
 * Unigrams and bigrams of 100,000 abstracts are millions of distinct strings, most seen once; a Map
 * of them all would take most of a gigabyte. The sketch only over-counts, so "estimate ≥ minDf"
 * keeps every term that is frequent enough (and a few that are not); an exact count of those few
 * candidates (buildVocabulary's second pass) decides.
 */
export type DocumentFrequencySketch = { rows: [Uint32Array, Uint32Array]; documents: number };

const BITS = 22;
const MASK = (1 << BITS) - 1;

/** Two independent 32-bit FNV-1a hashes of a string (different offset bases). */
function hashes(term: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  // Mix b further so the two rows do not collide together.
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  return [(a >>> 0) & MASK, (b >>> 0) & MASK];
}

export function createDocumentFrequencySketch(): DocumentFrequencySketch {
  return { rows: [new Uint32Array(1 << BITS), new Uint32Array(1 << BITS)], documents: 0 };
}

/** Counts one document: each distinct term once. */
export function addDocumentToSketch(sketch: DocumentFrequencySketch, terms: Iterable<string>) {
  sketch.documents += 1;
  for (const term of new Set(terms)) {
    const [a, b] = hashes(term);
    sketch.rows[0][a]! += 1;
    sketch.rows[1][b]! += 1;
  }
}

/** At least the term's true document frequency. */
export function estimateDocumentFrequency(sketch: DocumentFrequencySketch, term: string): number {
  const [a, b] = hashes(term);
  return Math.min(sketch.rows[0][a]!, sketch.rows[1][b]!);
}
