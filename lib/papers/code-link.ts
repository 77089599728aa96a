import { formatCompactCount, formatCount } from "@/lib/format";

/**
 * The rel of code and project links. They come from third parties (Hugging Face's submitters,
 * arXiv abstracts) and are not vetted here: nofollow tells search engines we do not vouch for them
 * (so planting a link in a listing earns a spammer nothing here; Google also reads "ugc", but
 * treats nofollow alike and other engines know only nofollow); noopener keeps a page opened from
 * one from reaching back into ours.
 */
export const EXTERNAL_REL = "nofollow noopener";

/**
 * What a "Code" link shows: the short star count for the eye ("1.2k") and a full accessible name
 * ("Code on GitHub, 1,234 stars"), shared by the card and the paper page so both say the same.
 */
export function codeLink(codeUrl: string, codeStars: number | null): { href: string; label: string; stars: string | null } {
  const host = new URL(codeUrl).hostname.replace(/^www\./, "");
  const where = host === "github.com" ? "GitHub" : host;
  return {
    href: codeUrl,
    label: `Code on ${where}${codeStars === null ? "" : `, ${formatCount(codeStars)} ${codeStars === 1 ? "star" : "stars"}`}`,
    stars: codeStars === null ? null : formatCompactCount(codeStars),
  };
}
