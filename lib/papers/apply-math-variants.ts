// Where each style's A, a, 0 and Greek Α start in Unicode's Mathematical Alphanumeric Symbols, and
// the letters that Unicode had already encoded elsewhere (Letterlike Symbols), which leave holes.
type Alphabet = { upper: number; lower: number; digit?: number; greek?: number; holes?: Record<string, number> };

const ALPHABETS: Record<string, Alphabet> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, greek: 0x1d6a8 },
  italic: { upper: 0x1d434, lower: 0x1d44e, greek: 0x1d6e2, holes: { h: 0x210e } },
  "bold-italic": { upper: 0x1d468, lower: 0x1d482, greek: 0x1d71c },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    holes: { B: 0x212c, E: 0x2130, F: 0x2131, H: 0x210b, I: 0x2110, L: 0x2112, M: 0x2133, R: 0x211b, e: 0x212f, g: 0x210a, o: 0x2134 },
  },
  fraktur: { upper: 0x1d504, lower: 0x1d51e, holes: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 } },
  "double-struck": {
    upper: 0x1d538,
    lower: 0x1d552,
    digit: 0x1d7d8,
    holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
  },
  "sans-serif": { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  "bold-sans-serif": { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec, greek: 0x1d756 },
  "sans-serif-italic": { upper: 0x1d608, lower: 0x1d622 },
  "sans-serif-bold-italic": { upper: 0x1d63c, lower: 0x1d656, greek: 0x1d790 },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

function styled(alphabet: Alphabet, char: string): string {
  const hole = alphabet.holes?.[char];
  if (hole !== undefined) return String.fromCodePoint(hole);
  const code = char.codePointAt(0)!;
  const from = (start: number, first: string) => String.fromCodePoint(start + code - first.codePointAt(0)!);
  if (char >= "A" && char <= "Z") return from(alphabet.upper, "A");
  if (char >= "a" && char <= "z") return from(alphabet.lower, "a");
  if (char >= "0" && char <= "9") return alphabet.digit === undefined ? char : from(alphabet.digit, "0");
  // Α–Ω, then ∇, then α–ω: the block keeps Greek's order, ς included.
  if (char >= "Α" && char <= "Ω" && char !== "\u03a2") return alphabet.greek === undefined ? char : from(alphabet.greek, "Α");
  if (char >= "α" && char <= "ω") return alphabet.greek === undefined ? char : from(alphabet.greek + 26, "α");
  return char;
}

/**
 * Writes `\mathbb{R}`, `\mathcal{O}`, `\mathbf{x}` and the like as the styled Unicode letters (ℝ, 𝒪, 𝐱)
 * in KaTeX's MathML. KaTeX marks them with `mathvariant="double-struck"` and so on, which MathML Core
 * (Chromium) ignores: only its `normal` value is kept, and the letters are expected to carry the
 * style themselves. The attribute stays, for renderers that still read it (the styled letters are
 * left alone by it). Character references (`&amp;`) are kept as they are.
 */
export function applyMathVariants(mathml: string): string {
  return mathml.replace(
    /(<(m[a-z]+)\b[^>]*\smathvariant="([a-z-]+)"[^>]*>)([^<]*)(<\/\2>)/g,
    (whole, open: string, _tag: string, variant: string, text: string, close: string) => {
      const alphabet = ALPHABETS[variant];
      if (!alphabet) return whole;
      return open + text.replace(/&[^;]*;|[\s\S]/gu, (char) => (char.length === 1 ? styled(alphabet, char) : char)) + close;
    },
  );
}
