import { describe, expect, it } from "vitest";
import { cosineSimilarity, vectorizeTerms } from "@/lib/discovery/vectorize-paper";
import { buildVocabulary, inverseDocumentFrequency, vocabularyFrom } from "@/lib/discovery/vocabulary";

describe("buildVocabulary", () => {
  const frequencies = new Map([
    ["model", 9],
    ["graph", 3],
    ["typo", 1],
    ["attention", 2],
  ]);
  it.each([
    { what: "min df drops rare terms, max df common ones", options: { minDf: 2, maxDf: 0.5, maxTerms: 10 }, terms: ["attention", "graph"] },
    {
      what: "a max df of 1 keeps terms in every paper",
      options: { minDf: 2, maxDf: 1, maxTerms: 10 },
      terms: ["attention", "graph", "model"],
    },
    { what: "max terms keeps the most frequent", options: { minDf: 1, maxDf: 1, maxTerms: 2 }, terms: ["graph", "model"] },
    {
      what: "a min df of 1 keeps every term under max df",
      options: { minDf: 1, maxDf: 0.5, maxTerms: 10 },
      terms: ["attention", "graph", "typo"],
    },
  ])("$what", ({ options, terms }) => {
    const vocabulary = buildVocabulary(frequencies, 10, options);
    expect(vocabulary.terms).toEqual(terms);
    expect([...vocabulary.idf]).toEqual(terms.map((term) => Math.fround(inverseDocumentFrequency(frequencies.get(term)!, 10))));
    expect(vocabulary.index.get(terms[1]!)).toBe(1);
  });

  it("weighs a rarer term more, and none at zero (smooth idf)", () => {
    expect(inverseDocumentFrequency(1, 10)).toBeGreaterThan(inverseDocumentFrequency(5, 10));
    expect(inverseDocumentFrequency(10, 10)).toBe(1);
  });

  it("refuses terms and weights of different lengths", () => {
    expect(() => vocabularyFrom(["a", "b"], new Float32Array(1), 2)).toThrow(/2 terms has 1 weights/);
  });
});

describe("vectorizeTerms", () => {
  const vocabulary = vocabularyFrom(["alpha", "beta", "gamma"], Float32Array.from([1, 2, 1]), 10);
  const norm = (values: Float32Array) => Math.hypot(...values);

  it.each([
    { what: "sublinear tf times idf, l2-normalised", terms: ["alpha", "beta"], columns: [0, 1], raw: [1, 2] },
    { what: "tf is 1 + ln(count)", terms: ["gamma", "alpha", "alpha", "alpha"], columns: [0, 2], raw: [1 + Math.log(3), 1] },
    { what: "unknown terms count for nothing", terms: ["delta", "beta"], columns: [1], raw: [2] },
    { what: "no known term: the zero vector", terms: ["delta"], columns: [], raw: [] },
  ])("$what", ({ terms, columns, raw }) => {
    const vector = vectorizeTerms(vocabulary, terms);
    expect([...vector.columns]).toEqual(columns);
    const length = Math.hypot(...raw);
    vector.values.forEach((value, i) => expect(value).toBeCloseTo(raw[i]! / length, 6));
    if (columns.length > 0) expect(norm(vector.values)).toBeCloseTo(1, 6);
  });

  it.each([
    { a: ["alpha"], b: ["alpha"], cosine: 1 },
    { a: ["alpha"], b: ["beta"], cosine: 0 },
    { a: ["alpha", "beta"], b: ["beta", "gamma"], cosine: (2 * 2) / (Math.sqrt(5) * Math.sqrt(5)) },
    { a: [], b: ["beta"], cosine: 0 },
  ])("cosine of $a and $b is $cosine", ({ a, b, cosine }) => {
    expect(cosineSimilarity(vectorizeTerms(vocabulary, a), vectorizeTerms(vocabulary, b))).toBeCloseTo(cosine, 6);
  });
});
