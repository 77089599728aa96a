export const MAX_SLUG_LENGTH = 80;

const FALLBACK_SLUG = "paper";

// NFKD leaves these letters intact (they are not base letter + combining mark), so
// without a mapping they would vanish and e.g. "Straße" would become "stra-e".
const TRANSLITERATIONS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * URL slug for a paper title: lowercase ASCII words joined by "-", at most
 * MAX_SLUG_LENGTH characters, never empty. Not unique; callers that need
 * uniqueness add their own suffix.
 */
export function slugifyTitle(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => TRANSLITERATIONS[ch] ?? "")
    // Dropping apostrophes keeps "Don't" as one word ("dont") instead of "don-t".
    .replace(/['’]/g, "");
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w.length > 0);

  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A single word longer than the limit would otherwise leave nothing at all.
  if (slug === "" && words[0] !== undefined) slug = words[0].slice(0, MAX_SLUG_LENGTH);

  return slug === "" ? FALLBACK_SLUG : slug;
}
