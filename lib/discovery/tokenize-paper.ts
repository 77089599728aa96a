import { ENGLISH_STOP_WORDS } from "@/lib/discovery/english-stop-words";

/** The text of a paper that similarity reads: arxiv-sanity-lite's title, abstract and authors. */
export type PaperText = { title: string; abstract: string; authors: readonly string[] };

// scikit-learn's token pattern, \b\w\w+\b, extended to letters and digits of every script.
const WORD = /[\p{L}\p{N}_]{2,}/gu;

/** The words of one run of text, lowercased, stop words out; bigrams then join neighbours that remain, as scikit-learn does. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) if (!ENGLISH_STOP_WORDS.has(match[0])) out.push(match[0]);
  return out;
}

function pushGrams(into: string[], run: string[]) {
  for (let i = 0; i < run.length; i++) {
    into.push(run[i]!);
    if (i + 1 < run.length) into.push(`${run[i]} ${run[i + 1]}`);
  }
}

/**
 * A paper's terms, repeats kept (they are its term frequencies): unigrams and bigrams of the title,
 * the abstract and each author's name. Each field (and each author) is its own run, so no bigram
 * spans a title's last word and an abstract's first, or two authors' names.
 */
export function tokenizePaper(paper: PaperText): string[] {
  const terms: string[] = [];
  pushGrams(terms, words(paper.title));
  pushGrams(terms, words(paper.abstract));
  for (const author of paper.authors) pushGrams(terms, words(author));
  return terms;
}
