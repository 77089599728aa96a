import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, excerptAbstract } from "@/lib/papers/excerpt-abstract";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("excerptAbstract", () => {
  it.each([
    ["a short abstract stays whole", "Short and sweet.", { text: "Short and sweet.", truncated: false }],
    ["surrounding space is trimmed", "  Padded.  ", { text: "Padded.", truncated: false }],
    [
      "a few words over the length stay whole",
      "x".repeat(EXCERPT_LENGTH + 50),
      { text: "x".repeat(EXCERPT_LENGTH + 50), truncated: false },
    ],
  ])("%s", (_name, input, expected) => {
    expect(excerptAbstract(input)).toEqual(expected);
  });

  it("cuts a long abstract at a word and marks it", () => {
    const { text, truncated } = excerptAbstract(words(100));
    expect(truncated).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    // Every word but the ellipsis is whole.
    expect(words(100).startsWith(text.slice(0, -1))).toBe(true);
    expect(words(100)[text.length - 1]).toBe(" ");
  });

  it("never ends inside math", () => {
    const abstract = `${"a ".repeat(140)}costs $O(N^2 \\log N)$ time ${"b ".repeat(100)}`;
    const { text } = excerptAbstract(abstract, 290);
    expect(text.match(/\$/g)?.length ?? 0).toBe(0);
    expect(text.endsWith("costs…")).toBe(true);
  });

  it("keeps whole math before the cut", () => {
    const abstract = `We study $O(N^2)$ attention ${"c ".repeat(300)}`;
    expect(excerptAbstract(abstract).text.startsWith("We study $O(N^2)$ attention")).toBe(true);
  });

  it("cuts one long unbroken word at the length", () => {
    const { text } = excerptAbstract("y".repeat(1000));
    expect(text).toBe(`${"y".repeat(EXCERPT_LENGTH)}…`);
  });

  it("is a prefix of the abstract, balanced in dollars, and no longer than the length", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "$", "\\", "é", ",", "-"), maxLength: 800 }), (abstract) => {
        const { text, truncated } = excerptAbstract(abstract);
        if (!truncated) {
          expect(text).toBe(abstract.trim());
          return;
        }
        const body = text.slice(0, -1);
        expect(abstract.trim().startsWith(body)).toBe(true);
        expect(body.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
        expect((body.match(/(?<!\\)\$/g)?.length ?? 0) % 2).toBe(0);
      }),
    );
  });
});
