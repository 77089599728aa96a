// The knobs of similar papers and "For you", in memory on the seed listing, scored on each half of
// the evaluation set (bench/lib/discovery-topics.ts): alternate papers of each topic, in slug order.
// Knobs were chosen on half A and are reported on half B, so that the figure shown is not the one
// the choice was fitted to. It runs the app's own pure functions (tokenizePaper, buildVocabulary,
// vectorizeTerms, the similarity index, listSimilarRows, trainReaderModel, rankRecommendations)
// without a database, the way buildSimilarPapers and computeRecommendations chain them; bench:discovery
// measures the app end to end. `npx tsx bench/discovery-ablation.ts` prints the table.
import { expandQuery } from "@/lib/discovery/expand-query";
import { DEFAULT_LIST_SIMILAR_ROWS_OPTIONS, listSimilarRows, type ListSimilarRowsOptions } from "@/lib/discovery/list-similar-rows";
import { createSimilarityIndex, findSimilarRows } from "@/lib/discovery/similarity-index";
import { appendRow, createSparseRowsBuilder, finishRows } from "@/lib/discovery/sparse-rows";
import { DEFAULT_TOKENIZE_OPTIONS, tokenizePaper, type TokenizeOptions } from "@/lib/discovery/tokenize-paper";
import { vectorizeTerms, type SparseVector } from "@/lib/discovery/vectorize-paper";
import { buildVocabulary, vocabularyOptionsFor } from "@/lib/discovery/vocabulary";
import { rankRecommendations } from "@/lib/recommendations/rank-recommendations";
import { seededRandom, trainReaderModel } from "@/lib/recommendations/train-reader-model";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";
import { MIN_TOPIC_SIZE, topicOfSlug } from "./lib/discovery-topics";

export type Knobs = {
  tokenize: TokenizeOptions;
  lists: ListSimilarRowsOptions;
  /** Tried and not kept: a lower maximum document frequency. */
  maxDf?: number;
  /** Tried and not kept: idf raised to this power (1: as stored). */
  idfPower?: number;
  /** Tried and not kept: the papers' own vectors expanded too (document-side feedback), k neighbours. */
  documentFeedback?: number;
};
export const SHIPPED: Knobs = { tokenize: DEFAULT_TOKENIZE_OPTIONS, lists: DEFAULT_LIST_SIMILAR_ROWS_OPTIONS };
const BEFORE: Knobs = {
  tokenize: { stem: false, titleRepeats: 1, acronyms: "off" },
  lists: { ...DEFAULT_LIST_SIMILAR_ROWS_OPTIONS, feedback: 0 },
};

const K = 5;
const SAVED = 3;
const READERS_PER_HALF = 5;
const KEPT = 20;
const RECENT_DAYS = 30;

const seed = await loadSeedPapers();
const papers = seed.map((p) => ({
  slug: p.slug,
  listedAt: new Date(`${p.listedAt ?? p.publishedAt}T00:00:00Z`).getTime(),
  text: { title: p.title, abstract: p.abstract, authors: [] },
}));
const topicOf = topicOfSlug();
const sizes = new Map<string, number>();
for (const topic of topicOf.values()) sizes.set(topic, (sizes.get(topic) ?? 0) + 1);
const halfOf = new Map<string, "A" | "B">();
for (const topic of sizes.keys())
  [...topicOf]
    .filter(([, t]) => t === topic)
    .map(([slug]) => slug)
    .sort()
    .forEach((slug, i) => halfOf.set(slug, i % 2 === 0 ? "A" : "B"));
const newest = Math.max(...papers.map((p) => p.listedAt));
const recent = papers.flatMap((p, row) => (p.listedAt >= newest - RECENT_DAYS * 86_400_000 ? [row] : []));

export type HalfScores = { A: number; B: number; all: number; count: { A: number; B: number } };

/** Precision@5 of similar papers and of For you, on each half and on all, with these knobs. */
export function evaluateKnobs(knobs: Knobs): { similar: HalfScores; forYou: HalfScores } {
  const terms = papers.map((p) => tokenizePaper(p.text, knobs.tokenize));
  const frequencies = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const options = vocabularyOptionsFor(papers.length);
  const vocabulary = buildVocabulary(frequencies, papers.length, { ...options, maxDf: knobs.maxDf ?? options.maxDf });
  if (knobs.idfPower) for (let i = 0; i < vocabulary.idf.length; i++) vocabulary.idf[i] = vocabulary.idf[i]! ** knobs.idfPower;
  const vectors: SparseVector[] = terms.map((list) => vectorizeTerms(vocabulary, list));
  const indexOf = (rows: SparseVector[]) => {
    const builder = createSparseRowsBuilder();
    for (const v of rows) appendRow(builder, v);
    return createSimilarityIndex(finishRows(builder), vocabulary.terms.length);
  };
  const index = indexOf(vectors);
  let lists = papers.map((_, row) => listSimilarRows(index, row, KEPT, knobs.lists).map((n) => n.row));
  if (knobs.documentFeedback) {
    const expanded = vectors.map((v, row) =>
      expandQuery(
        v,
        findSimilarRows(index, v, knobs.documentFeedback!, row).map((n) => vectors[n.row]!),
        knobs.lists,
      ),
    );
    const expandedIndex = indexOf(expanded);
    lists = papers.map((_, row) => findSimilarRows(expandedIndex, expanded[row]!, KEPT, row).map((n) => n.row));
  }

  const precision = (topic: string, rows: number[]) =>
    rows.slice(0, K).filter((row) => topicOf.get(papers[row]!.slug) === topic).length / K;
  const similar = { A: [] as number[], B: [] as number[] };
  papers.forEach((paper, row) => {
    const topic = topicOf.get(paper.slug);
    if (topic && sizes.get(topic)! >= MIN_TOPIC_SIZE) similar[halfOf.get(paper.slug)!].push(precision(topic, lists[row]!));
  });

  // Readers as bench/for-you-quality.ts simulates them, those of half A saving papers of half A only.
  const forYou = { A: [] as number[], B: [] as number[] };
  const random = seededRandom(42);
  for (const topic of sizes.keys()) {
    const members = papers.flatMap((p, row) => (topicOf.get(p.slug) === topic ? [row] : []));
    if (members.length < SAVED + K) continue;
    for (const half of ["A", "B"] as const) {
      const pool = members.filter((row) => halfOf.get(papers[row]!.slug) === half);
      for (let reader = 0; reader < READERS_PER_HALF; reader++) {
        const saved = [...pool].sort(() => random() - 0.5).slice(0, SAVED);
        const savedSet = new Set(saved);
        const neighbours = new Set(saved.flatMap((row) => lists[row]!));
        const background = papers
          .map((_, row) => row)
          .filter((row) => !savedSet.has(row))
          .sort(() => random() - 0.5);
        const model = trainReaderModel(
          vocabulary.terms.length,
          saved.map((row) => vectors[row]!),
          background.filter((row) => !neighbours.has(row)).map((row) => vectors[row]!),
        );
        const ranked = rankRecommendations({
          model,
          candidates: [...new Set([...neighbours, ...recent])].map((row) => ({ paperId: String(row), vector: vectors[row]! })),
          positives: saved.map((row) => ({
            paperId: String(row),
            vector: vectors[row]!,
            reason: { kind: "upvoted", paperId: String(row) },
          })),
          exclude: new Set(saved.map(String)),
          limit: K,
        });
        forYou[half].push(
          precision(
            topic,
            ranked.map((r) => Number(r.paperId)),
          ),
        );
      }
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const scores = (by: { A: number[]; B: number[] }) => ({
    A: mean(by.A),
    B: mean(by.B),
    all: mean([...by.A, ...by.B]),
    count: { A: by.A.length, B: by.B.length },
  });
  return { similar: scores(similar), forYou: scores(forYou) };
}

/** The steps from the earlier build to the shipped one, and what was tried and left out. */
export const ABLATION: { step: string; knobs: Knobs }[] = [
  { step: "before: words as written, one round", knobs: BEFORE },
  { step: "+ Porter stems", knobs: { ...BEFORE, tokenize: { ...BEFORE.tokenize, stem: true } } },
  {
    step: "+ query feedback (10 neighbours, the paper counting 2, 150 terms)",
    knobs: { tokenize: { ...BEFORE.tokenize, stem: true }, lists: { feedback: 10, originalWeight: 2, maxTerms: 150 } },
  },
  {
    step: "+ acronyms the paper defines, followed by their long form",
    knobs: { tokenize: { stem: true, titleRepeats: 1, acronyms: "both" }, lists: { feedback: 10, originalWeight: 2, maxTerms: 150 } },
  },
  {
    step: "+ title terms counted three times",
    knobs: { tokenize: SHIPPED.tokenize, lists: { feedback: 10, originalWeight: 2, maxTerms: 150 } },
  },
  { step: "+ the paper counting 1 in the feedback: **shipped**", knobs: SHIPPED },
  {
    step: "tried: acronyms replaced by their long form",
    knobs: { ...SHIPPED, tokenize: { ...SHIPPED.tokenize, acronyms: "spell" } },
  },
  {
    step: "tried: title terms counted twice",
    knobs: { ...SHIPPED, tokenize: { ...SHIPPED.tokenize, titleRepeats: 2 } },
  },
  { step: "tried: feedback from 5 neighbours", knobs: { ...SHIPPED, lists: { ...SHIPPED.lists, feedback: 5 } } },
  { step: "tried: maximum document frequency 0.3 (not 0.5)", knobs: { ...SHIPPED, maxDf: 0.3 } },
  { step: "tried: idf to the power 0.5", knobs: { ...SHIPPED, idfPower: 0.5 } },
  { step: "tried: idf to the power 1.5", knobs: { ...SHIPPED, idfPower: 1.5 } },
  { step: "tried: papers' own vectors expanded too (10 neighbours)", knobs: { ...SHIPPED, documentFeedback: 10 } },
];

if (process.argv[1]?.endsWith("discovery-ablation.ts")) {
  const f = (x: number) => x.toFixed(2);
  console.log("| step | similar A | similar B | For you A | For you B |\n|---|---|---|---|---|");
  for (const { step, knobs } of ABLATION) {
    const r = evaluateKnobs(knobs);
    console.log(`| ${step} | ${f(r.similar.A)} | ${f(r.similar.B)} | ${f(r.forYou.A)} | ${f(r.forYou.B)} |`);
  }
}
