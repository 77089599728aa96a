/**
 * arXiv's taxonomy: "cs.LG", "hep-th", "astro-ph.CO", "physics.comp-ph". Entries also carry ACM
 * and MSC classes ("I.2.7", "68T50") as categories; those are not feed filters.
 * The same pattern guards the feed's `?category=` rewrite in next.config.js.
 */
export const ARXIV_CATEGORY_PATTERN = "[a-z][a-z-]{0,19}(?:\\.[A-Za-z][A-Za-z-]{0,19})?";

const ARXIV_CATEGORY = new RegExp(`^${ARXIV_CATEGORY_PATTERN}$`);

export function isArxivCategory(value: unknown): value is string {
  return typeof value === "string" && ARXIV_CATEGORY.test(value);
}
