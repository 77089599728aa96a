// The knobs of similar papers and "For you", in memory on the seed listing, scored on each half of
// the evaluation set (bench/lib/discovery-topics.ts): alternate papers of each topic, in slug order.
// Knobs were chosen on half A and are reported on half B, so that the figure shown is not the one
// the choice was fitted to. It runs the app's own pure functions (tokenizePaper, buildVocabulary,
// vectorizeTerms, the similarity index, listSimilarRows, trainReaderModel, rankRecommendations)
// without a database, the way buildSimilarPapers and computeRecommendations chain them; bench:discovery
// measures the app end to end. `npx tsx bench/discovery-ablation.ts` prints the table.
import { readFileSync } from "node:fs";
import { expandQuery } from "@/lib/discovery/expand-query";
import { DEFAULT_LIST_SIMILAR_ROWS_OPTIONS, listSimilarRows, type ListSimilarRowsOptions } from "@/lib/discovery/list-similar-rows";
import { createSimilarityIndex, findSimilarRows, type SimilarityIndex } from "@/lib/discovery/similarity-index";
import { appendRow, createSparseRowsBuilder, finishRows } from "@/lib/discovery/sparse-rows";
import { DEFAULT_TOKENIZE_OPTIONS, tokenizePaper, type TokenizeOptions } from "@/lib/discovery/tokenize-paper";
import { cosineSimilarity, vectorizeTerms, type SparseVector } from "@/lib/discovery/vectorize-paper";
import { buildVocabulary, vocabularyOptionsFor } from "@/lib/discovery/vocabulary";
import { rankRecommendations } from "@/lib/recommendations/rank-recommendations";
import { dot, seededRandom, trainReaderModel } from "@/lib/recommendations/train-reader-model";
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
  /** Tried and not kept: bigram columns weighted by this factor, the rows l2-normalised again (1: as unigrams). */
  bigramWeight?: number;
  /**
   * Tried and not kept: each list's first `candidates` re-ranked by `cosine` times their cosine plus
   * `weight` times another signal (RerankSignal), computed for those candidates only.
   */
  rerank?: { candidates: number; cosine: number; weight: number; signal: RerankSignal };
  /**
   * Tried and not kept: For you's model a linear SVM by dual coordinate descent ("svm"), or the mean
   * of one exemplar SVM per save against the same negatives ("exemplars"), not the logistic regression.
   */
  readerModel?: { kind: "svm" | "exemplars"; c: number };
  /** Tried and not kept: For you's positives, each save expanded by its first-round neighbours, in its place or besides it. */
  expandedPositives?: "replace" | "add";
  /** The seed that draws the simulated readers (42 in every row of the table): how far For you moves with the draw alone. */
  readerSeed?: number;
};
/** What a re-ranking adds to the cosine of a paper and a candidate. */
export type RerankSignal =
  /** The cosine of the two titles alone: TF-IDF of their stemmed words, or of their character 4-grams. */
  | { kind: "title-words" }
  | { kind: "title-chars" }
  /** The share of first-round neighbours (k, each paper counting among its own) the two have in common. */
  | { kind: "shared-neighbours"; k: number }
  /** The cosine of the two in latent semantic space: the corpus's leading singular vectors. */
  | { kind: "latent"; dimensions: number }
  /**
   * The cosine of two general-purpose dense embeddings (bench/lib/embed-seed-papers.ts): Google's
   * Universal Sentence Encoder of title and abstract, or the mean GloVe vector of the title.
   */
  | { kind: "dense"; model: "use" | "glove" }
  /**
   * The decision value of an exemplar SVM (arxiv-sanity-lite's "similar"): the paper (and its
   * expanded query) against `negatives` random papers, plus the candidates themselves when
   * `candidatesAsNegatives` (arxiv-sanity-lite: every other paper); C as scikit-learn's LinearSVC.
   */
  | { kind: "exemplar"; c: number; negatives: number; queryAsPositive: boolean; candidatesAsNegatives: boolean };
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

/** Each paper's title alone as a TF-IDF vector: of its stemmed words, or of its character 4-grams. */
function titleVectors(kind: "words" | "chars"): SparseVector[] {
  const terms = papers.map((p) => {
    if (kind === "words")
      return tokenizePaper({ title: p.text.title, abstract: "", authors: [] }, { ...DEFAULT_TOKENIZE_OPTIONS, titleRepeats: 1 });
    const text = ` ${p.text.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()} `;
    return Array.from({ length: Math.max(text.length - 3, 0) }, (_, i) => text.slice(i, i + 4));
  });
  const frequencies = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const vocabulary = buildVocabulary(frequencies, papers.length, vocabularyOptionsFor(papers.length));
  return terms.map((list) => vectorizeTerms(vocabulary, list));
}

type LinearSvm = { weights: Float32Array; bias: number };

/**
 * A linear SVM (squared hinge, L2, the bias a regularised constant feature) by liblinear's dual
 * coordinate descent, the classes weighted to count alike (class_weight="balanced"): what
 * arxiv-sanity-lite's LinearSVC trains. Stops when the projected gradients' spread is under 0.01.
 */
function trainLinearSvm(columns: number, positives: readonly SparseVector[], negatives: readonly SparseVector[], c: number): LinearSvm {
  const model: LinearSvm = { weights: new Float32Array(columns), bias: 0 };
  const examples = [...positives, ...negatives];
  if (positives.length === 0 || negatives.length === 0) return model;
  const diagonal = (i: number) => (i < positives.length ? positives.length : negatives.length) / (c * examples.length);
  const alpha = new Float64Array(examples.length);
  const q = examples.map((x, i) => 1 + x.values.reduce((sum, v) => sum + v * v, 0) + diagonal(i));
  for (let pass = 0; pass < 50; pass++) {
    let [highest, lowest] = [-Infinity, Infinity];
    examples.forEach((x, i) => {
      const y = i < positives.length ? 1 : -1;
      const gradient = y * dot(model, x) - 1 + diagonal(i) * alpha[i]!;
      const projected = alpha[i] === 0 ? Math.min(gradient, 0) : gradient;
      [highest, lowest] = [Math.max(highest, projected), Math.min(lowest, projected)];
      if (projected === 0) return;
      const next = Math.max(alpha[i]! - gradient / q[i]!, 0);
      const step = (next - alpha[i]!) * y;
      alpha[i] = next;
      for (let k = 0; k < x.columns.length; k++) model.weights[x.columns[k]!]! += step * x.values[k]!;
      model.bias += step;
    });
    if (highest - lowest < 0.01) break;
  }
  return model;
}

function trainSvmReader(
  columns: number,
  positives: SparseVector[],
  negatives: SparseVector[],
  { kind, c }: NonNullable<Knobs["readerModel"]>,
): LinearSvm {
  if (kind === "svm") return trainLinearSvm(columns, positives, negatives, c);
  const mean: LinearSvm = { weights: new Float32Array(columns), bias: 0 };
  for (const positive of positives) {
    const one = trainLinearSvm(columns, [positive], negatives, c);
    for (let i = 0; i < columns; i++) mean.weights[i]! += one.weights[i]! / positives.length;
    mean.bias += one.bias / positives.length;
  }
  return mean;
}

function denseCosine(a: Float64Array, b: Float64Array): number {
  const norm = (v: Float64Array) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0)) || 1;
  return a.reduce((sum, x, i) => sum + x * b[i]!, 0) / (norm(a) * norm(b));
}

/** For each paper (row), a function scoring its candidates by the signal. */
function scoreSignal(
  signal: RerankSignal,
  index: SimilarityIndex,
  vectors: SparseVector[],
  lists: ListSimilarRowsOptions,
): (row: number, candidates: readonly number[]) => (candidate: number) => number {
  switch (signal.kind) {
    case "title-words":
    case "title-chars": {
      const titles = titleVectors(signal.kind === "title-words" ? "words" : "chars");
      return (row) => (candidate) => cosineSimilarity(titles[row]!, titles[candidate]!);
    }
    case "shared-neighbours": {
      const near = vectors.map((v, row) => new Set([row, ...findSimilarRows(index, v, signal.k, row).map((n) => n.row)]));
      return (row) => (candidate) => [...near[row]!].filter((r) => near[candidate]!.has(r)).length / (signal.k + 1);
    }
    case "latent": {
      const embeddings = latentVectors(vectors, signal.dimensions);
      return (row) => (candidate) => denseCosine(embeddings[row]!, embeddings[candidate]!);
    }
    case "dense": {
      const table = (
        JSON.parse(readFileSync(new URL("./lib/seed-embeddings.json", import.meta.url), "utf8")) as Record<string, Record<string, number[]>>
      )[signal.model]!;
      const embeddings = papers.map((p) => Float64Array.from(table[p.slug]!));
      return (row) => (candidate) => denseCosine(embeddings[row]!, embeddings[candidate]!);
    }
    case "exemplar":
      return (row, candidates) => {
        const own = vectors[row]!;
        const query = expandQuery(
          own,
          findSimilarRows(index, own, lists.feedback, row).map((n) => vectors[n.row]!),
          lists,
        );
        const taken = new Set([row, ...candidates]);
        const random = seededRandom(row + 1);
        const others = vectors
          .map((_, r) => r)
          .filter((r) => !taken.has(r))
          .sort(() => random() - 0.5)
          .slice(0, signal.negatives);
        const negatives = [...(signal.candidatesAsNegatives ? candidates : []), ...others].map((r) => vectors[r]!);
        const model = trainLinearSvm(index.postingStart.length - 1, signal.queryAsPositive ? [own, query] : [own], negatives, signal.c);
        return (candidate) => dot(model, vectors[candidate]!);
      };
  }
}

/**
 * Each paper's coordinates on the corpus's leading singular vectors (U·Σ of the TF-IDF matrix), from
 * the eigenvectors of the papers' Gram matrix by Jacobi rotations: exact, and small at 90 papers.
 */
function latentVectors(vectors: SparseVector[], dimensions: number): Float64Array[] {
  const n = vectors.length;
  const a = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => cosineSimilarity(vectors[i]!, vectors[j]!)));
  const v = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p]![q]!) < 1e-15) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!,
            akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!,
            aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!,
            vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i)
    .sort((x, y) => a[y]![y]! - a[x]![x]!)
    .slice(0, dimensions);
  return Array.from({ length: n }, (_, i) => Float64Array.from(order, (k) => v[i]![k]! * Math.sqrt(Math.max(a[k]![k]!, 0))));
}

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
  if (knobs.bigramWeight !== undefined)
    for (const v of vectors) {
      let norm = 0;
      for (let i = 0; i < v.columns.length; i++) {
        if (vocabulary.terms[v.columns[i]!]!.includes(" ")) v.values[i]! *= knobs.bigramWeight;
        norm += v.values[i]! ** 2;
      }
      for (let i = 0; i < v.values.length; i++) v.values[i]! /= Math.sqrt(norm) || 1;
    }
  const indexOf = (rows: SparseVector[]) => {
    const builder = createSparseRowsBuilder();
    for (const v of rows) appendRow(builder, v);
    return createSimilarityIndex(finishRows(builder), vocabulary.terms.length);
  };
  const index = indexOf(vectors);
  let lists = papers.map((_, row) => listSimilarRows(index, row, KEPT, knobs.lists).map((n) => n.row));
  if (knobs.rerank) {
    const { candidates, cosine, weight, signal } = knobs.rerank;
    const scorerOf = scoreSignal(signal, index, vectors, knobs.lists);
    lists = papers.map((_, row) => {
      const first = listSimilarRows(index, row, candidates, knobs.lists);
      const score = scorerOf(
        row,
        first.map((n) => n.row),
      );
      return first
        .map((n) => ({ row: n.row, score: cosine * n.score + weight * score(n.row) }))
        .sort((a, b) => b.score - a.score || a.row - b.row)
        .slice(0, KEPT)
        .map((n) => n.row);
    });
  }
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
  const random = seededRandom(knobs.readerSeed ?? 42);
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
        const expandedOf = (row: number) =>
          expandQuery(
            vectors[row]!,
            findSimilarRows(index, vectors[row]!, knobs.lists.feedback, row).map((n) => vectors[n.row]!),
            knobs.lists,
          );
        const positives = saved.flatMap((row) =>
          knobs.expandedPositives === "replace"
            ? [expandedOf(row)]
            : knobs.expandedPositives === "add"
              ? [vectors[row]!, expandedOf(row)]
              : [vectors[row]!],
        );
        const negatives = background.filter((row) => !neighbours.has(row)).map((row) => vectors[row]!);
        const model = knobs.readerModel
          ? trainSvmReader(vocabulary.terms.length, positives, negatives, knobs.readerModel)
          : trainReaderModel(vocabulary.terms.length, positives, negatives);
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
  {
    step: "tried: exemplar SVM as arxiv-sanity-lite's similar (the paper against all 89 others, C 0.1) in place of the cosine",
    knobs: {
      ...SHIPPED,
      rerank: {
        candidates: 89,
        cosine: 0,
        weight: 1,
        signal: { kind: "exemplar", c: 0.1, negatives: 0, queryAsPositive: false, candidatesAsNegatives: true },
      },
    },
  },
  {
    step: "tried: exemplar SVM re-ranking the first 20 (the paper and its expanded query against 100 random others, C 0.1)",
    knobs: {
      ...SHIPPED,
      rerank: {
        candidates: 20,
        cosine: 0,
        weight: 1,
        signal: { kind: "exemplar", c: 0.1, negatives: 100, queryAsPositive: true, candidatesAsNegatives: false },
      },
    },
  },
  {
    step: "tried: cosine + 0.1 × the exemplar SVM's decision, first 40 (candidates and random others as negatives, C 0.1)",
    knobs: {
      ...SHIPPED,
      rerank: {
        candidates: 40,
        cosine: 1,
        weight: 0.1,
        signal: { kind: "exemplar", c: 0.1, negatives: 100, queryAsPositive: true, candidatesAsNegatives: true },
      },
    },
  },
  { step: "tried: bigrams weighted 0.75 against unigrams", knobs: { ...SHIPPED, bigramWeight: 0.75 } },
  {
    step: "tried: cosine + 0.1 × the titles' cosine (their stemmed words), first 50",
    knobs: { ...SHIPPED, rerank: { candidates: 50, cosine: 1, weight: 0.1, signal: { kind: "title-words" } } },
  },
  {
    step: "tried: cosine + 0.1 × the titles' cosine (character 4-grams), first 50",
    knobs: { ...SHIPPED, rerank: { candidates: 50, cosine: 1, weight: 0.1, signal: { kind: "title-chars" } } },
  },
  {
    step: "tried: cosine + 0.4 × the share of 10 first-round neighbours in common, first 50",
    knobs: { ...SHIPPED, rerank: { candidates: 50, cosine: 1, weight: 0.4, signal: { kind: "shared-neighbours", k: 10 } } },
  },
  {
    step: "tried: cosine + 0.1 × the cosine in 10 latent dimensions (LSA), first 50",
    knobs: { ...SHIPPED, rerank: { candidates: 50, cosine: 1, weight: 0.1, signal: { kind: "latent", dimensions: 10 } } },
  },
  {
    step: "tried: the Universal Sentence Encoder's cosine (title and abstract, 512 dimensions) in place of TF-IDF's",
    knobs: { ...SHIPPED, rerank: { candidates: 89, cosine: 0, weight: 1, signal: { kind: "dense", model: "use" } } },
  },
  {
    step: "tried: cosine + 0.1 × the Universal Sentence Encoder's cosine, first 50",
    knobs: { ...SHIPPED, rerank: { candidates: 50, cosine: 1, weight: 0.1, signal: { kind: "dense", model: "use" } } },
  },
  {
    step: "tried: GloVe's cosine (the title's words, idf-weighted mean) in place of TF-IDF's",
    knobs: { ...SHIPPED, rerank: { candidates: 89, cosine: 0, weight: 1, signal: { kind: "dense", model: "glove" } } },
  },
  {
    step: "tried: cosine + 0.1 × GloVe's cosine, first 50",
    knobs: { ...SHIPPED, rerank: { candidates: 50, cosine: 1, weight: 0.1, signal: { kind: "dense", model: "glove" } } },
  },
  { step: "tried: For you's model a linear SVM (squared hinge, balanced, C 3)", knobs: { ...SHIPPED, readerModel: { kind: "svm", c: 3 } } },
  {
    step: "tried: For you's model the mean of one exemplar SVM per save (C 3)",
    knobs: { ...SHIPPED, readerModel: { kind: "exemplars", c: 3 } },
  },
  { step: "tried: For you's positives each save and its expanded query", knobs: { ...SHIPPED, expandedPositives: "add" } },
];

if (process.argv[1]?.endsWith("discovery-ablation.ts")) {
  const f = (x: number) => x.toFixed(2);
  console.log("| step | similar A | similar B | For you A | For you B |\n|---|---|---|---|---|");
  for (const { step, knobs } of ABLATION) {
    const r = evaluateKnobs(knobs);
    console.log(`| ${step} | ${f(r.similar.A)} | ${f(r.similar.B)} | ${f(r.forYou.A)} | ${f(r.forYou.B)} |`);
  }
}
