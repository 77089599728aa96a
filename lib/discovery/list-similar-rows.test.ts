import { describe, expect, it } from "vitest";
import { listSimilarRows } from "@/lib/discovery/list-similar-rows";
import { createSimilarityIndex } from "@/lib/discovery/similarity-index";
import { appendRow, createSparseRowsBuilder, finishRows } from "@/lib/discovery/sparse-rows";
import { tokenizePaper } from "@/lib/discovery/tokenize-paper";
import { vectorizeTerms } from "@/lib/discovery/vectorize-paper";
import { buildVocabulary } from "@/lib/discovery/vocabulary";

// Row 0 shares "ladder side" with row 1 only; row 1 shares "adapter rank" with row 2, which row 0 never says.
const papers = [
  { title: "Ladder side tuning", abstract: "ladder side network memory", authors: [] },
  { title: "Ladder side adapters", abstract: "ladder side adapter low rank", authors: [] },
  { title: "Low rank adapters", abstract: "adapter low rank experts", authors: [] },
  { title: "Protein folding", abstract: "protein structure diffusion", authors: [] },
  { title: "Protein design", abstract: "protein diffusion memory", authors: [] },
];

function indexOf() {
  const terms = papers.map((paper) => tokenizePaper(paper));
  const frequencies = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const vocabulary = buildVocabulary(frequencies, papers.length, { minDf: 1, maxDf: 1, maxTerms: 1000 });
  const builder = createSparseRowsBuilder();
  for (const list of terms) appendRow(builder, vectorizeTerms(vocabulary, list));
  return createSimilarityIndex(finishRows(builder), vocabulary.terms.length);
}

describe("listSimilarRows", () => {
  const index = indexOf();
  const rowsOf = (neighbours: { row: number }[]) => neighbours.map((n) => n.row);

  it("without feedback, ranks by the paper's own words: the adapter paper, sharing none, ranks below a protein paper", () => {
    const rows = rowsOf(listSimilarRows(index, 0, 4, { feedback: 0, originalWeight: 2, maxTerms: 150 }));
    expect(rows[0]).toBe(1);
    expect(rows).not.toContain(2);
  });

  it("with feedback, its first neighbour's words bring the adapter paper in, above the protein paper", () => {
    const rows = rowsOf(listSimilarRows(index, 0, 4, { feedback: 1, originalWeight: 2, maxTerms: 150 }));
    expect(rows.slice(0, 2)).toEqual([1, 2]);
  });

  it("never lists the paper itself", () => {
    for (let row = 0; row < papers.length; row++) expect(rowsOf(listSimilarRows(index, row, 4))).not.toContain(row);
  });
});
