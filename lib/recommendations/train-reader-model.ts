import type { SparseVector } from "@/lib/discovery/vectorize-paper";

/** A linear model over TF-IDF columns: score = weights · x + bias. */
export type ReaderModel = { weights: Float32Array; bias: number };

export type TrainingOptions = {
  /** L2 penalty: small, since a reader's few positives would otherwise be learnt word for word. */
  l2?: number;
  epochs?: number;
  learningRate?: number;
  /** Seed of the example order, so a training is reproducible. */
  seed?: number;
};

/** mulberry32: a small seeded generator, so that the same inputs give the same model. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function dot(model: ReaderModel, x: SparseVector): number {
  let sum = model.bias;
  for (let i = 0; i < x.columns.length; i++) sum += model.weights[x.columns[i]!]! * x.values[i]!;
  return sum;
}

/**
 * Logistic regression by stochastic gradient descent, the classes weighted to count alike: a
 * reader's handful of saved papers against a few hundred they did not save (arxiv-sanity-lite
 * trains a linear SVM the same way, on its TF-IDF rows, one model per reader). The weights are a
 * dense array over the vocabulary (4 bytes a column), touched only where examples have terms, and
 * the L2 decay is applied lazily per column so an epoch costs the examples' non-zeros, not the
 * vocabulary's size.
 */
export function trainReaderModel(
  columns: number,
  positives: readonly SparseVector[],
  negatives: readonly SparseVector[],
  { l2 = 1e-4, epochs = 30, learningRate = 0.5, seed = 1 }: TrainingOptions = {},
): ReaderModel {
  const model: ReaderModel = { weights: new Float32Array(columns), bias: 0 };
  if (positives.length === 0) return model;
  const examples = [...positives.map((x) => ({ x, y: 1 })), ...negatives.map((x) => ({ x, y: 0 }))];
  const positiveWeight = negatives.length > 0 ? Math.max(1, negatives.length / positives.length) : 1;
  const random = seededRandom(seed);
  // Lazy L2: each column's weight is shrunk by the product of the (1 - rate * l2) factors of the
  // steps since it was last touched, kept as a running product and the value it had back then.
  let scale = 1;
  const scaleAt = new Float64Array(columns).fill(1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch);
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j]!, examples[i]!];
    }
    for (const { x, y } of examples) {
      for (let k = 0; k < x.columns.length; k++) {
        const column = x.columns[k]!;
        model.weights[column]! *= scale / scaleAt[column]!;
        scaleAt[column] = scale;
      }
      const p = 1 / (1 + Math.exp(-dot(model, x)));
      const gradient = (p - y) * (y === 1 ? positiveWeight : 1);
      for (let k = 0; k < x.columns.length; k++) model.weights[x.columns[k]!]! -= rate * gradient * x.values[k]!;
      model.bias -= rate * gradient;
      scale *= 1 - rate * l2;
      // Keep the running product away from zero over long trainings.
      if (scale < 1e-6) {
        for (let column = 0; column < columns; column++) model.weights[column]! *= scale / scaleAt[column]!;
        scaleAt.fill(1);
        scale = 1;
      }
    }
  }
  for (let column = 0; column < columns; column++) if (scaleAt[column] !== scale) model.weights[column]! *= scale / scaleAt[column]!;
  return model;
}
