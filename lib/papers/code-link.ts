import { formatCompactCount, formatCount } from "@/lib/format";

/**
 * What a "Code" link shows: the short star count for the eye ("1.2k") and a full accessible name
 * ("Code on GitHub, 1,234 stars"), shared by the card and the paper page so both say the same.
 */
export function codeLink(codeUrl: string, codeStars: number | null): { label: string; stars: string | null } {
  const host = new URL(codeUrl).hostname.replace(/^www\./, "");
  const where = host === "github.com" ? "GitHub" : host;
  return {
    label: `Code on ${where}${codeStars === null ? "" : `, ${formatCount(codeStars)} ${codeStars === 1 ? "star" : "stars"}`}`,
    stars: codeStars === null ? null : formatCompactCount(codeStars),
  };
}
