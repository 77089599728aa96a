const DEFINITION = /\(([\p{L}][\p{L}\p{N}-]{1,9})\)/gu;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Schwartz and Hearst's (2003) match of a short form to the words before it: each of its letters,
 * last first, found in the long form going back, the first one at a word's start.
 */
function matchLongForm(short: string, before: string): string | null {
  let s = short.length - 1;
  let l = before.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!ALNUM.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (before[l]!.toLowerCase() !== c || (s === 0 && l > 0 && ALNUM.test(before[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  return before.slice(before.lastIndexOf(" ", l) + 1);
}

/**
 * The acronyms a text defines, "state space models (SSMs)", lowercased and singular, each with the
 * words it stands for. A paper that says "MoE" twenty times after defining it says "mixture of
 * experts" once: spelled out, its uses count for the words another paper writes in full.
 */
export function findAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    let short = match[1]!;
    // "LLMs": the plural's s is not a letter of the long form.
    if (short.length > 2 && short.endsWith("s") && short[short.length - 2] === short[short.length - 2]!.toUpperCase())
      short = short.slice(0, -1);
    // "(ii)", "(see)": not acronyms.
    if (!/\p{Lu}/u.test(short)) continue;
    const letters = short.replace(/[^\p{L}\p{N}]/gu, "").length;
    // At most 20 words are read back: the 400 characters before the parenthesis hold them.
    const words = text
      .slice(Math.max(0, match.index - 400), match.index)
      .trimEnd()
      .split(/\s+/);
    const before = words.slice(-Math.min(letters + 5, letters * 2)).join(" ");
    const long = matchLongForm(short, before);
    if (long && long.length > short.length) found.set(short.toLowerCase(), long);
  }
  return found;
}
