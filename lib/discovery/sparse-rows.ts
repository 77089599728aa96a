import type { SparseVector } from "@/lib/discovery/vectorize-paper";

/**
 * Many sparse vectors packed in three typed arrays (compressed sparse rows): 8 bytes a non-zero and
 * no object per paper, so 100,000 papers of ~150 terms take ~120 MB, not gigabytes of small arrays.
 */
export type SparseRows = { rowStart: Uint32Array; columns: Uint32Array; values: Float32Array; count: number };

export type SparseRowsBuilder = { rowStart: number[]; columns: Uint32Array; values: Float32Array; used: number };

export function createSparseRowsBuilder(): SparseRowsBuilder {
  return { rowStart: [0], columns: new Uint32Array(1 << 16), values: new Float32Array(1 << 16), used: 0 };
}

/** Appends a row; returns its number. */
export function appendRow(builder: SparseRowsBuilder, vector: SparseVector): number {
  const needed = builder.used + vector.columns.length;
  if (needed > builder.columns.length) {
    const size = Math.max(needed, Math.ceil(builder.columns.length * 1.5));
    const columns = new Uint32Array(size);
    columns.set(builder.columns.subarray(0, builder.used));
    const values = new Float32Array(size);
    values.set(builder.values.subarray(0, builder.used));
    builder.columns = columns;
    builder.values = values;
  }
  builder.columns.set(vector.columns, builder.used);
  builder.values.set(vector.values, builder.used);
  builder.used = needed;
  builder.rowStart.push(needed);
  return builder.rowStart.length - 2;
}

export function finishRows(builder: SparseRowsBuilder): SparseRows {
  return {
    rowStart: Uint32Array.from(builder.rowStart),
    // Views, not copies: a copy would briefly double the largest arrays of the build.
    columns: builder.columns.subarray(0, builder.used),
    values: builder.values.subarray(0, builder.used),
    count: builder.rowStart.length - 1,
  };
}

/** Row `row` as a vector (views, no copy). */
export function rowVector(rows: SparseRows, row: number): SparseVector {
  const start = rows.rowStart[row]!;
  const end = rows.rowStart[row + 1]!;
  return { columns: rows.columns.subarray(start, end), values: rows.values.subarray(start, end) };
}
