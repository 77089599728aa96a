import { describe, expect, test } from "vitest";
import { applyMathVariants } from "@/lib/papers/apply-math-variants";

const VARIANTS = [
  "bold",
  "italic",
  "bold-italic",
  "script",
  "fraktur",
  "double-struck",
  "sans-serif",
  "bold-sans-serif",
  "sans-serif-italic",
  "sans-serif-bold-italic",
  "monospace",
];
const LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρςστυφχψω";

const mi = (variant: string, text: string) => `<mi mathvariant="${variant}">${text}</mi>`;
const styledText = (variant: string, text: string) => applyMathVariants(mi(variant, text)).slice(mi(variant, "").indexOf("</"), -5);

describe("applyMathVariants", () => {
  test.each([
    [mi("double-struck", "R") + mi("double-struck", "P"), mi("double-struck", "ℝ") + mi("double-struck", "ℙ")],
    [mi("script", "O"), mi("script", "𝒪")],
    [mi("script", "L"), mi("script", "ℒ")],
    [mi("bold", "x"), mi("bold", "𝐱")],
    [mi("fraktur", "g"), mi("fraktur", "𝔤")],
    [mi("bold-italic", "α"), mi("bold-italic", "𝜶")],
    [mi("italic", "h"), mi("italic", "ℎ")],
    [mi("monospace", "a1"), mi("monospace", "𝚊𝟷")],
    ['<mn mathvariant="double-struck">1</mn>', '<mn mathvariant="double-struck">𝟙</mn>'],
    ['<mtext mathvariant="bold">if x</mtext>', '<mtext mathvariant="bold">𝐢𝐟 𝐱</mtext>'],
    // Left alone: what MathML Core renders itself, what has no styled form, and character references.
    [mi("normal", "d"), mi("normal", "d")],
    ["<mi>x</mi>", "<mi>x</mi>"],
    [mi("bold", "&lt;&amp;+"), mi("bold", "&lt;&amp;+")],
    [mi("italic", "1"), mi("italic", "1")],
    [mi("script", "α"), mi("script", "α")],
    [mi("unknown", "x"), mi("unknown", "x")],
    ['<mo stretchy="false">(</mo>', '<mo stretchy="false">(</mo>'],
  ])("%s", (input, expected) => {
    expect(applyMathVariants(input)).toBe(expected);
  });

  // Unicode's compatibility decomposition takes every styled letter back to the plain one, which checks
  // every offset and every hole in the table without a second copy of it.
  test.each(VARIANTS)("every %s letter is one styled character that stands for the plain one", (variant) => {
    const styled = [...styledText(variant, LATIN + GREEK + "0123456789")];
    expect(styled).toHaveLength(LATIN.length + GREEK.length + 10);
    const plain = [...(LATIN + GREEK + "0123456789")];
    styled.forEach((char, i) => {
      expect(char.normalize("NFKC")).toBe(plain[i]);
    });
    // Every style has every Latin letter; Greek and digits only in some, and the rest stay as they are.
    expect(styled.slice(0, LATIN.length).filter((char, i) => char === plain[i])).toEqual([]);
  });

  test.each([...LATIN])("styles are told apart: %s is a different character in each", (letter) => {
    const forms = VARIANTS.map((variant) => styledText(variant, letter));
    expect(new Set(forms).size).toBe(VARIANTS.length);
  });
});
