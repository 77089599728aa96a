import { describe, expect, it } from "vitest";
import { buildVocabulary } from "@/lib/discovery/vocabulary";
import { vectorizePaper } from "@/lib/discovery/vectorize-paper";
import { rankRecommendations, type Candidate, type Positive } from "@/lib/recommendations/rank-recommendations";
import { decodeReason, encodeReason, type RecommendationReason } from "@/lib/recommendations/recommendation-reason";
import { trainReaderModel } from "@/lib/recommendations/train-reader-model";
import { tokenizePaper } from "@/lib/discovery/tokenize-paper";

// Three topics, each a pool of words; a paper draws its words from one topic and from shared filler.
const TOPICS: Record<string, string[]> = {
  language: ["transformer", "attention", "language", "tokens", "decoder", "pretraining", "instruction", "reasoning", "prompt", "llm"],
  images: ["diffusion", "denoising", "image", "pixels", "latent", "generation", "unet", "sampling", "texture", "resolution"],
  robots: ["robot", "policy", "control", "manipulation", "grasping", "locomotion", "simulation", "reward", "actuator", "embodied"],
};
const FILLER = ["method", "results", "propose", "novel", "experiments", "performance", "approach", "benchmark"];

function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

type Doc = { id: string; topic: string; text: { title: string; abstract: string; authors: string[] } };

function corpus(perTopic: number, seed: number): Doc[] {
  const random = seeded(seed);
  const pick = (pool: string[]) => pool[Math.floor(random() * pool.length)]!;
  const docs: Doc[] = [];
  for (const topic of Object.keys(TOPICS)) {
    for (let i = 0; i < perTopic; i++) {
      const words = Array.from({ length: 30 }, () => (random() < 0.6 ? pick(TOPICS[topic]!) : pick(FILLER)));
      docs.push({
        id: `${topic}-${i}`,
        topic,
        text: { title: words.slice(0, 6).join(" "), abstract: words.slice(6).join(" "), authors: [] },
      });
    }
  }
  return docs;
}

function setUp(perTopic: number, seed: number) {
  const docs = corpus(perTopic, seed);
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(tokenizePaper(doc.text))) df.set(term, (df.get(term) ?? 0) + 1);
  const vocabulary = buildVocabulary(df, docs.length, { minDf: 2, maxDf: 0.9 });
  const vector = (doc: Doc) => vectorizePaper(vocabulary, doc.text);
  return { docs, vocabulary, vector };
}

/** A reader who saved `saved` papers of `topic`; everything else in the corpus is a candidate. */
function recommend(topic: string, saved: number, seed: number, options: { exclude?: string[]; negatives?: number } = {}) {
  const { docs, vocabulary, vector } = setUp(20, seed);
  const savedDocs = docs.filter((doc) => doc.topic === topic).slice(0, saved);
  const positives: Positive[] = savedDocs.map((doc) => ({
    paperId: doc.id,
    vector: vector(doc),
    reason: { kind: "saved", paperId: doc.id, collectionId: "reading-list" },
  }));
  const others = docs.filter((doc) => !savedDocs.includes(doc));
  // The background a real training samples: papers the reader did not save, any topic.
  const negatives = others
    .filter((_, i) => i % 3 === 0)
    .slice(0, options.negatives ?? 30)
    .map(vector);
  const candidates: Candidate[] = others.map((doc) => ({ paperId: doc.id, vector: vector(doc) }));
  const model = trainReaderModel(
    vocabulary.terms.length,
    positives.map((p) => p.vector),
    negatives,
    { seed },
  );
  const ranked = rankRecommendations({
    model,
    candidates,
    positives,
    exclude: new Set([...savedDocs.map((d) => d.id), ...(options.exclude ?? [])]),
    limit: 5,
  });
  return { ranked, savedDocs, docs };
}

describe("rankRecommendations with trainReaderModel", () => {
  it.each(Object.keys(TOPICS))("three saved papers on %s bring that topic to the top five", (topic) => {
    const { ranked } = recommend(topic, 3, 7);
    expect(ranked).toHaveLength(5);
    expect(ranked.map((r) => r.paperId.split("-")[0])).toEqual(Array(5).fill(topic));
  });

  it("reaches precision@5 of at least 0.8 on random corpora, readers and topics", () => {
    let hits = 0;
    let total = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const topic = Object.keys(TOPICS)[seed % 3]!;
      const { ranked } = recommend(topic, 3, seed);
      hits += ranked.filter((r) => r.paperId.startsWith(`${topic}-`)).length;
      total += ranked.length;
    }
    expect(total).toBe(150);
    expect(hits / total).toBeGreaterThanOrEqual(0.8);
  });

  it("never recommends what the reader saved or turned down", () => {
    const first = recommend("images", 3, 11);
    const dismissed = first.ranked.slice(0, 2).map((r) => r.paperId);
    const again = recommend("images", 3, 11, { exclude: dismissed });
    const ids = again.ranked.map((r) => r.paperId);
    for (const id of [...dismissed, ...again.savedDocs.map((d) => d.id)]) expect(ids).not.toContain(id);
  });

  it("explains each recommendation by the saved paper it is most like", () => {
    const { ranked, savedDocs } = recommend("robots", 3, 5);
    const savedIds = savedDocs.map((d) => d.id);
    for (const r of ranked) {
      expect(r.reason.kind).toBe("saved");
      if (r.reason.kind === "saved") expect(savedIds).toContain(r.reason.paperId);
    }
  });

  it("is reproducible: the same inputs give the same list", () => {
    expect(recommend("language", 3, 3).ranked).toEqual(recommend("language", 3, 3).ranked);
  });

  it("recommends nothing without a positive", () => {
    const { vocabulary, docs, vector } = setUp(5, 2);
    const model = trainReaderModel(vocabulary.terms.length, [], docs.map(vector));
    expect(
      rankRecommendations({
        model,
        candidates: docs.map((d) => ({ paperId: d.id, vector: vector(d) })),
        positives: [],
        exclude: new Set(),
        limit: 5,
      }),
    ).toEqual([]);
  });
});

describe("encodeReason and decodeReason", () => {
  const reasons: RecommendationReason[] = [
    { kind: "saved", paperId: "p1", collectionId: "c1" },
    { kind: "upvoted", paperId: "p2" },
    { kind: "category", category: "cs.CL" },
  ];
  it.each(reasons)("round-trips %o", (reason) => expect(decodeReason(encodeReason(reason))).toEqual(reason));
  it.each(["", "saved:p1", "upvoted", "upvoted:p1:extra", "category:", "clicked:p1", "saved:p1:c1:x"])("refuses %j", (text) =>
    expect(decodeReason(text)).toBeNull(),
  );
});
