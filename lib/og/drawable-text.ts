// Greek letters are common in paper titles (β-VAE, ε-greedy); those the card's font lacks are spelled out.
const GREEK =
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split(" ");

function greekName(char: string): string | null {
  const code = char.codePointAt(0)!;
  if (code >= 0x3b1 && code <= 0x3c9 && code !== 0x3c2) return GREEK[code - 0x3b1 - (code > 0x3c2 ? 1 : 0)]!;
  if (code === 0x3c2) return "sigma";
  if (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) {
    const name = GREEK[code - 0x391 - (code > 0x3a2 ? 1 : 0)]!;
    return name[0]!.toUpperCase() + name.slice(1);
  }
  return null;
}

/**
 * Text the card's font can draw entirely. next/og downloads a fallback font from the internet for
 * any character its fonts lack (and emoji from a CDN): this app must render offline, so no such
 * character may reach it. Whitespace becomes a space; a missing character becomes its compatibility
 * form when the font has that (ｆｕｌｌ → full, 𝐁 → B), a Greek letter its name, anything else "?".
 */
export function drawableText(text: string, covered: ReadonlySet<number>): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (/\s/u.test(char)) out += " ";
    else if (covered.has(char.codePointAt(0)!)) out += char;
    // Joiners, variation selectors, soft hyphens, combining marks: nothing to see on their own.
    else if (/[\p{Cf}\p{Mn}]/u.test(char)) continue;
    else {
      const folded = char.normalize("NFKD");
      out += [...folded].every((c) => covered.has(c.codePointAt(0)!)) ? folded : (greekName(folded) ?? greekName(char) ?? "?");
    }
  }
  return out.replace(/ {2,}/g, " ").trim();
}
