import { describe, expect, it } from "vitest";
import { expandQuery } from "@/lib/discovery/expand-query";
import type { SparseVector } from "@/lib/discovery/vectorize-paper";

const vector = (entries: [number, number][]): SparseVector => ({
  columns: Uint32Array.from(entries, ([column]) => column),
  values: Float32Array.from(entries, ([, value]) => value),
});
const entries = (v: SparseVector) => Array.from(v.columns, (column, i) => [column, v.values[i]!]);

describe("expandQuery", () => {
  it("adds the neighbours' centroid to the query, the query counting originalWeight times, l2-normalised", () => {
    const expanded = expandQuery(
      vector([[1, 1]]),
      [
        vector([
          [1, 0.6],
          [2, 0.8],
        ]),
        vector([[3, 1]]),
      ],
      { originalWeight: 2, maxTerms: 10 },
    );
    // 2·(1) + ½(0.6, 0.8) + ½(1) = (2.3, 0.4, 0.5)
    const norm = Math.hypot(2.3, 0.4, 0.5);
    expect(entries(expanded).map(([c, v]) => [c, Number(v!.toFixed(5))])).toEqual([
      [1, Number((2.3 / norm).toFixed(5))],
      [2, Number((0.4 / norm).toFixed(5))],
      [3, Number((0.5 / norm).toFixed(5))],
    ]);
  });

  it("keeps only the heaviest maxTerms terms, columns ascending", () => {
    const expanded = expandQuery(
      vector([
        [5, 0.8],
        [9, 0.6],
      ]),
      [
        vector([
          [1, 0.1],
          [7, 0.9],
        ]),
      ],
      { originalWeight: 1, maxTerms: 2 },
    );
    expect(Array.from(expanded.columns)).toEqual([5, 7]);
    expect(Math.hypot(...expanded.values)).toBeCloseTo(1, 5);
  });

  it("is the query itself without neighbours", () => {
    const query = vector([
      [2, 0.6],
      [4, 0.8],
    ]);
    expect(entries(expandQuery(query, []))).toEqual(entries(query));
  });
});
