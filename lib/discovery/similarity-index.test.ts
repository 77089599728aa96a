import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSimilarityIndex, findSimilarRows } from "@/lib/discovery/similarity-index";
import { appendRow, createSparseRowsBuilder, finishRows, rowVector } from "@/lib/discovery/sparse-rows";
import { tokenizePaper, type PaperText } from "@/lib/discovery/tokenize-paper";
import { cosineSimilarity, vectorizeTerms } from "@/lib/discovery/vectorize-paper";
import { buildVocabulary } from "@/lib/discovery/vocabulary";

const papers = [
  {
    title: "Sparse attention for long transformers",
    abstract: "Attention over long sequences with sparse patterns.",
    authors: ["Ada Lovelace"],
  },
  {
    title: "Efficient attention for long sequences",
    abstract: "Linear attention makes long transformers cheap.",
    authors: ["Alan Turing"],
  },
  { title: "Protein folding with diffusion", abstract: "A diffusion model predicts protein structure.", authors: ["Grace Hopper"] },
  { title: "Diffusion models for protein design", abstract: "Designing proteins with a diffusion model.", authors: ["Grace Hopper"] },
  { title: "Robot grasping from images", abstract: "A robot learns to grasp objects from camera images.", authors: ["Claude Shannon"] },
];

function indexOf(texts: readonly PaperText[], termsPerPaper = 40) {
  const terms = texts.map((text) => tokenizePaper(text));
  const frequencies = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const vocabulary = buildVocabulary(frequencies, texts.length, { minDf: 1, maxDf: 1, maxTerms: 100_000 });
  const builder = createSparseRowsBuilder();
  for (const list of terms) appendRow(builder, vectorizeTerms(vocabulary, list));
  return createSimilarityIndex(finishRows(builder), vocabulary.terms.length, { termsPerPaper });
}

describe("findSimilarRows", () => {
  const index = indexOf(papers);
  it.each([
    { row: 0, first: 1, what: "attention finds attention" },
    { row: 2, first: 3, what: "protein diffusion finds protein diffusion" },
    { row: 3, first: 2, what: "and back" },
  ])("$what", ({ row, first }) => {
    const neighbours = findSimilarRows(index, rowVector(index.rows, row), 3, row);
    expect(neighbours[0]!.row).toBe(first);
    expect(neighbours.map((n) => n.row)).not.toContain(row);
    expect(neighbours.map((n) => n.score)).toEqual([...neighbours.map((n) => n.score)].sort((a, b) => b - a));
  });

  it("leaves out papers that share no term", () => {
    expect(findSimilarRows(index, rowVector(index.rows, 4), 10, 4)).toEqual([]);
  });

  it("stops at k", () => {
    expect(findSimilarRows(index, rowVector(index.rows, 0), 1, 0)).toHaveLength(1);
  });

  it("gives the exact top k by cosine when every term is posted (random corpora)", () => {
    const word = fc.constantFrom("graph", "neural", "protein", "robot", "language", "vision", "sparse", "quantum", "model");
    const paper = fc.record({
      title: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")),
      abstract: fc.constant(""),
      authors: fc.constant([]),
    });
    fc.assert(
      fc.property(fc.array(paper, { minLength: 2, maxLength: 12 }), (corpus) => {
        const exact = indexOf(corpus, 1000);
        for (let row = 0; row < corpus.length; row++) {
          const query = rowVector(exact.rows, row);
          const brute = Array.from({ length: corpus.length }, (_, other) => ({
            row: other,
            score: cosineSimilarity(query, rowVector(exact.rows, other)),
          }))
            .filter((n) => n.row !== row && n.score > 0)
            .sort((a, b) => b.score - a.score || a.row - b.row)
            .slice(0, 3);
          expect(findSimilarRows(exact, query, 3, row)).toEqual(brute);
        }
      }),
    );
  });
});
