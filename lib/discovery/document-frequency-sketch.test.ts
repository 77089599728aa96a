import { describe, expect, it } from "vitest";
import { addDocumentToSketch, createDocumentFrequencySketch, estimateDocumentFrequency } from "@/lib/discovery/document-frequency-sketch";

describe("the document frequency sketch", () => {
  it("counts each term once per document, never under its true count", () => {
    const sketch = createDocumentFrequencySketch();
    const documents = Array.from({ length: 2000 }, (_, i) => [`word${i % 20}`, `word${i % 20}`, `rare${i}`, `pair ${i % 3}`]);
    for (const terms of documents) addDocumentToSketch(sketch, terms);
    expect(sketch.documents).toBe(2000);
    for (let i = 0; i < 20; i++) expect(estimateDocumentFrequency(sketch, `word${i}`)).toBeGreaterThanOrEqual(100);
    // Counts stop at 255: only "at least minDf" is asked.
    for (let i = 0; i < 3; i++) expect(estimateDocumentFrequency(sketch, `pair ${i}`)).toBe(255);
    // 2,000 singletons in 4 million counters per row: collisions in both rows at once are rare.
    const overcounted = Array.from({ length: 2000 }, (_, i) => estimateDocumentFrequency(sketch, `rare${i}`)).filter((n) => n > 1);
    expect(overcounted.length).toBeLessThan(5);
    expect(estimateDocumentFrequency(sketch, "never seen")).toBeLessThanOrEqual(1);
  });
});
