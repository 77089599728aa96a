/** The trigrams of a word as pg_trgm makes them: lower case, two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = [..."  ", ...word.toLowerCase(), " "];
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3).join(""));
  return set;
}

function shared(x: Set<string>, y: Set<string>): number {
  let count = 0;
  for (const t of x) if (y.has(t)) count += 1;
  return count;
}

/** pg_trgm's similarity() of two words: shared trigrams over all trigrams, from 0 to 1. */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  const both = shared(x, y);
  return both / (x.size + y.size - both);
}

/** The share of `part`'s trigrams found in `word`: high when `part` is (nearly) inside `word`. */
export function trigramContainment(part: string, word: string): number {
  const x = trigrams(part);
  return shared(x, trigrams(word)) / x.size;
}
