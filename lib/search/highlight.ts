import type { HighlightPart } from "@/lib/api/papers-schemas";
import { trigramContainment, trigramSimilarity } from "@/lib/search/trigram-similarity";

// ts_headline wraps matches in these private-use characters (see search-papers.ts), which the
// stored text is stripped of first; unlike HTML tags, nothing in a paper can forge them.
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

/** Splits ts_headline output into parts. Unbalanced marks cannot break it: each one only switches state. */
export function parseHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (text) parts.push(match ? { text, match: true } : { text });
    text = "";
  };
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) {
      const next = char === MATCH_START;
      if (next !== match) {
        flush();
        match = next;
      }
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

/** The same text, unhighlighted: for plain-text uses (titles of links, tests). */
export function highlightText(parts: HighlightPart[]): string {
  return parts.map((part) => part.text).join("");
}

/**
 * Marks the words of `text` that look like one of `words`, for results found by trigram
 * similarity: similar as a whole (a misspelling), or containing most of the word (a part of it).
 */
export function highlightSimilarWords(text: string, words: string[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let plain = "";
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    const similar =
      /^[\p{L}\p{N}]+$/u.test(piece) &&
      words.some((word) => trigramSimilarity(piece, word) >= 0.4 || trigramContainment(word, piece) >= 0.6);
    if (!similar) {
      plain += piece;
      continue;
    }
    if (plain) parts.push({ text: plain });
    parts.push({ text: piece, match: true });
    plain = "";
  }
  if (plain) parts.push({ text: plain });
  return parts;
}
