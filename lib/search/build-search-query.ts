/** What PostgreSQL needs to run one search, built from whatever a person typed. */
export type SearchQuery = {
  /** The cleaned query text, for display and for the trigram fallback. */
  text: string;
  /** Given to `websearch_to_tsquery`: quoted phrases, `or`, `-excluded`. It never fails to parse. */
  websearch: string;
  /**
   * The last word while it is still being typed, as a `to_tsquery` prefix operand (`'transf':*`);
   * empty when the query ends in a finished word. (A list, so it can be spread into SQL.)
   */
  prefixes: string[];
  /** The prefix follows `or` ("mamba or transf"): either may match, as websearch_to_tsquery would do. */
  prefixOr: boolean;
  /** Plain words (no operators, no excluded words), for the trigram fallback and "did you mean". */
  words: string[];
};

export const MAX_QUERY_LENGTH = 250;
/** Shorter prefixes match so many words that expanding them costs more than the search is worth. */
export const MIN_PREFIX_LENGTH = 3;
const MAX_WORDS = 8;

const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Cleans text for PostgreSQL: NUL and other control characters (PostgreSQL rejects NUL in text),
 * unpaired UTF-16 surrogates and the private-use characters that mark highlights become spaces.
 * NFKC folds full-width letters and ligatures ("ｍｏｄｅｌ", "ﬁne") into the letters people mean.
 */
export function cleanSearchText(raw: string): string {
  return raw
    .replace(/[\p{Cc}\uE000\uE001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, " ")
    .normalize("NFKC")
    .replace(/\s+/gu, " ")
    .replace(/^ /, "")
    .slice(0, MAX_QUERY_LENGTH * 2);
}

/**
 * Splits a query into what `websearch_to_tsquery` handles and the last word, which is matched as a
 * prefix so results come while typing. A word is still being typed when nothing follows it: no
 * trailing space, not inside an unclosed quote, not an exclusion, not the operator `or`.
 */
export function buildSearchQuery(raw: string): SearchQuery {
  const text = cleanSearchText(raw);
  const tokens = text.split(" ").filter(Boolean);
  const last = tokens.at(-1) ?? "";
  const typing =
    !text.endsWith(" ") &&
    WORD.test(last) &&
    [...last].length >= MIN_PREFIX_LENGTH &&
    last.toLowerCase() !== "or" &&
    (text.match(/"/g)?.length ?? 0) % 2 === 0;
  const words = tokens
    .filter((token) => !token.startsWith("-"))
    .flatMap((token) => token.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word.toLowerCase() !== "or")
    .slice(0, MAX_WORDS);
  const prefixOr = typing && tokens.at(-2)?.toLowerCase() === "or";
  return {
    text: text.trim(),
    websearch: (typing ? tokens.slice(0, prefixOr ? -2 : -1) : tokens).join(" "),
    // Only letters and digits reach the operand, so quoting it is belt and braces.
    prefixes: typing ? [`'${last}':*`] : [],
    prefixOr,
    words,
  };
}
