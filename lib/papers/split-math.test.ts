import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { splitMath, type Segment } from "@/lib/papers/split-math";

/** Segments as one readable string: inline math in ⟨⟩, displayed math in ⟪⟫, the TeX inside. */
function show(segments: Segment[]): string {
  return segments.map((s) => (s.kind === "text" ? s.text : s.display ? `⟪${s.tex}⟫` : `⟨${s.tex}⟩`)).join("");
}

// Strings made of the characters that matter here, so that random ones hit the interesting cases.
const texLike = fc.string({ unit: fc.constantFrom("$", "$", "\\", "(", ")", " ", "5", "a", "^", "{", "}", "\n"), maxLength: 40 });
const anyText = fc.oneof(texLike, fc.string({ unit: "binary", maxLength: 60 }));

describe("splitMath", () => {
  test.each([
    // From the seed.
    ["M$^3$ViT: Mixture-of-Experts", "M⟨^3⟩ViT: Mixture-of-Experts"],
    ["Efficient Magic State Cultivation on $\\mathbb{RP}^2$", "Efficient Magic State Cultivation on ⟨\\mathbb{RP}^2⟩"],
    ["Transformers escalate computational demands O(N^2).", "Transformers escalate computational demands O(N^2)."],
    // Inline and displayed.
    ["a $O(N^2)$ attention", "a ⟨O(N^2)⟩ attention"],
    ["$x$", "⟨x⟩"],
    ["$x$$y$", "⟨x⟩⟨y⟩"],
    ["we show $$\\sum_i x_i = 1$$ holds", "we show ⟪\\sum_i x_i = 1⟫ holds"],
    ["$$ x $$", "⟪ x ⟫"],
    ["\\(\\alpha\\)-divergence", "⟨\\alpha⟩-divergence"],
    ["$2^n$ states", "⟨2^n⟩ states"],
    ["spans\nlines $a\nb$", "spans\nlines ⟨a\nb⟩"],
    // Money and other lone dollars.
    ["costs $5 and $10", "costs $5 and $10"],
    ["from $5 to $10 per hour", "from $5 to $10 per hour"],
    ["$5,$10", "$5,$10"],
    ["between $20,000 and $30,000", "between $20,000 and $30,000"],
    ["a $ b $ c", "a $ b $ c"],
    ["a $ b $x$", "a $ b ⟨x⟩"],
    ["$x $", "$x $"],
    ["$ x$", "$ x$"],
    ["unmatched $x", "unmatched $x"],
    ["$", "$"],
    ["$$", "$$"],
    ["$$$", "$$$"],
    ["$$x", "$$x"],
    ["$$ $$", "$$ $$"],
    ["$$x$", "$$x$"],
    ["\\( \\)", "\\( \\)"],
    ["\\(x", "\\(x"],
    // Escapes.
    ["US\\$5 and \\$x\\$", "US\\$5 and \\$x\\$"],
    ["$a\\$b$", "⟨a\\$b⟩"],
    ["\\\\$x$", "\\\\⟨x⟩"],
    ["$x\\\\$", "⟨x\\\\⟩"],
    ["\\[x\\]", "\\[x\\]"],
    ["$x\\$", "$x\\$"],
    // A formula ends at the next dollar; when that one cannot close, the first dollar is text.
    ["$x$5 $y$", "$x$5 ⟨y⟩"],
    ["$5 off: $x$", "$5 off: ⟨x⟩"],
    ["$x $$y$$", "$x ⟪y⟫"],
    ["", ""],
  ])("%j", (input, expected) => {
    expect(show(splitMath(input))).toBe(expected);
  });

  test("gives back the input, never an empty or blank formula, never two text segments in a row", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const segments = splitMath(input);
        expect(segments.map((s) => s.text).join("")).toBe(input);
        for (const [i, segment] of segments.entries()) {
          expect(segment.text).not.toBe("");
          if (segment.kind === "math") expect(segment.tex.trim()).not.toBe("");
          if (segment.kind === "text") expect(segments[i + 1]?.kind).not.toBe("text");
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("a segment split on its own is itself: no formula was missed, none swallowed its neighbours", () => {
    fc.assert(
      fc.property(texLike, (input) => {
        for (const segment of splitMath(input)) expect(splitMath(segment.text)).toEqual([segment]);
      }),
      { numRuns: 2000 },
    );
  });

  test("a formula after any text is found: nothing before it turns math off", () => {
    fc.assert(
      fc.property(texLike, (before) => {
        // Its first dollar follows a space, so it cannot close a formula opened before; its last can.
        const last = splitMath(`${before} $x$`).at(-1);
        expect(last?.kind).toBe("math");
        expect(last?.text.endsWith("$x$")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("a formula's source is its TeX between its delimiters", () => {
    fc.assert(
      fc.property(texLike, (input) => {
        for (const segment of splitMath(input)) {
          if (segment.kind !== "math") continue;
          const [open, close] = segment.display ? ["$$", "$$"] : segment.text.startsWith("\\(") ? ["\\(", "\\)"] : ["$", "$"];
          expect(segment.text).toBe(open + segment.tex + close);
        }
      }),
    );
  });

  test.each([
    ["dollars", "$a "],
    ["parentheses", "\\(a "],
    ["blank double dollars", "$$ "],
  ])("takes linear time on a flood of %s that close nothing", (_name, unit) => {
    const input = unit.repeat(100_000);
    const start = performance.now();
    expect(splitMath(input)).toEqual([{ kind: "text", text: input }]);
    // Quadratic would be 10⁹ steps and more here: minutes, not the few milliseconds this takes.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
