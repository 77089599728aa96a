/** Two lines of a card on a wide screen; a phone shows three and clamps the rest with CSS. */
export const EXCERPT_LENGTH = 240;
// Cutting off the last few words saves nothing worth a "more" press.
const SLACK = 60;

/**
 * The start of an abstract for a paper card, cut at a word and never inside `$…$` math, ending
 * in "…"; `truncated` says whether there is more. Cards ship only this, not the whole abstract
 * twice (once as HTML, once in the page's React payload), which halves the feed's weight.
 */
export function excerptAbstract(abstract: string, length = EXCERPT_LENGTH): { text: string; truncated: boolean } {
  const text = abstract.trim();
  if (text.length <= length + SLACK) return { text, truncated: false };
  let cut = text.lastIndexOf(" ", length);
  if (cut < length / 2) cut = length;
  let excerpt = text.slice(0, cut);
  // An odd number of unescaped dollars means the cut fell inside math: end before it opened.
  const dollars = [...excerpt.matchAll(/(?<!\\)\$/g)];
  if (dollars.length % 2 === 1) excerpt = excerpt.slice(0, dollars.at(-1)!.index);
  return { text: `${excerpt.trimEnd().replace(/[\s,;:(\-–—]+$/, "")}…`, truncated: true };
}
