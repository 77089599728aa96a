/**
 * A count-min sketch of document frequencies: three rows of 2^24 saturating one-byte counters
 * (48 MB) whatever the corpus. Unigrams and bigrams of 100,000 abstracts are over ten million
 * distinct strings, most seen once; a Map of them all takes gigabytes (measured: 2.6 GB). The
 * sketch only over-counts, so "estimate ≥ minDf" keeps every term that is frequent enough and
 * a few that are not; exact counts of those candidates (the build's second pass) decide. Counts
 * stop at 255: only "at least minDf" is ever asked.
 */
export type DocumentFrequencySketch = { rows: [Uint8Array, Uint8Array, Uint8Array]; documents: number };

const BITS = 24;
const MASK = (1 << BITS) - 1;

/** Three counter positions from two 32-bit FNV-1a hashes (double hashing: a, a + b, a + 2b). */
function positions(term: string): [number, number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  b |= 1;
  return [(a >>> 0) & MASK, ((a + b) >>> 0) & MASK, ((a + 2 * b) >>> 0) & MASK];
}

export function createDocumentFrequencySketch(): DocumentFrequencySketch {
  return { rows: [new Uint8Array(1 << BITS), new Uint8Array(1 << BITS), new Uint8Array(1 << BITS)], documents: 0 };
}

/** Counts one document: each distinct term once. */
export function addDocumentToSketch(sketch: DocumentFrequencySketch, terms: Iterable<string>) {
  sketch.documents += 1;
  for (const term of new Set(terms)) {
    const at = positions(term);
    sketch.rows.forEach((counters, row) => {
      const i = at[row]!;
      if (counters[i]! < 255) counters[i]! += 1;
    });
  }
}

/** At least the term's true document frequency (or 255). */
export function estimateDocumentFrequency(sketch: DocumentFrequencySketch, term: string): number {
  const at = positions(term);
  return Math.min(sketch.rows[0][at[0]]!, sketch.rows[1][at[1]]!, sketch.rows[2][at[2]]!);
}
