import { stemmer } from "stemmer";
import { ENGLISH_STOP_WORDS } from "@/lib/discovery/english-stop-words";
import { findAcronyms } from "@/lib/discovery/find-acronyms";

/** The text of a paper that similarity reads: arxiv-sanity-lite's title, abstract and authors. */
export type PaperText = { title: string; abstract: string; authors: readonly string[] };

export type TokenizeOptions = {
  /** Porter stems of title and abstract words, so "adapters" meets "adapter" and "quantized" meets "quantization". */
  stem: boolean;
  /** How many times the title's terms count: a title names what a paper is about, an abstract also what it is not. */
  titleRepeats: number;
  /**
   * An acronym the paper defines ("mixture of experts (MoE)"), wherever it is used: kept and followed
   * by its long form ("both"), replaced by it ("spell"), or left as written ("off"). Spelled out, a
   * paper's twenty uses of "MoE" count for the words that another paper writes in full.
   */
  acronyms: "both" | "spell" | "off";
};

/** Chosen on half A of the evaluation set, reported on half B (bench/RESULTS.md, "Discovery"). */
export const DEFAULT_TOKENIZE_OPTIONS: TokenizeOptions = { stem: true, titleRepeats: 3, acronyms: "both" };

/**
 * Stems already computed: a corpus repeats its words, and the Porter rules cost several regular
 * expressions a word (stemming every word made tokenizing 4 times slower). Emptied when full, so
 * that a build over a 200,000-word vocabulary holds a bounded map.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 100_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stem = stemmer(word);
    stems.set(word, stem);
  }
  return stem;
}

// scikit-learn's token pattern, \b\w\w+\b, extended to letters and digits of every script.
const WORD = /[\p{L}\p{N}_]{2,}/gu;

/**
 * The words of one run of text, lowercased, stop words out (before stemming, as the list is of
 * whole words); bigrams then join neighbours that remain, as scikit-learn does.
 */
function words(
  text: string,
  stem: boolean,
  acronyms: ReadonlyMap<string, string> = new Map(),
  mode: TokenizeOptions["acronyms"] = "off",
): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    // "llms" is a use of "LLM".
    const long = acronyms.get(word) ?? (word.endsWith("s") ? acronyms.get(word.slice(0, -1)) : undefined);
    if (!ENGLISH_STOP_WORDS.has(word) && (long === undefined || mode !== "spell")) out.push(stem ? stemOf(word) : word);
    if (long !== undefined) out.push(...words(long, stem));
  }
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
 * spans a title's last word and an abstract's first, or two authors' names. Names are not stemmed:
 * "Williams" is not "William".
 */
export function tokenizePaper(
  paper: PaperText,
  { stem, titleRepeats, acronyms = "off" }: TokenizeOptions = DEFAULT_TOKENIZE_OPTIONS,
): string[] {
  const terms: string[] = [];
  const defined = acronyms === "off" ? new Map<string, string>() : findAcronyms(`${paper.title}. ${paper.abstract}`);
  const title = words(paper.title, stem, defined, acronyms);
  for (let i = 0; i < titleRepeats; i++) pushGrams(terms, title);
  pushGrams(terms, words(paper.abstract, stem, defined, acronyms));
  for (const author of paper.authors) pushGrams(terms, words(author, false));
  return terms;
}
