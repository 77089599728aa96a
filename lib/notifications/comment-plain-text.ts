import sanitizeHtml from "sanitize-html";

/**
 * A comment's stored HTML as plain words for an email: every tag dropped (the library's parser, not
 * a regular expression, so nothing half-parsed survives), entities decoded, whitespace folded, and
 * cut at `max` characters. Put into the HTML part only through escapeHtml.
 */
export function commentPlainText(bodyHtml: string, max = 400): string {
  const text = sanitizeHtml(bodyHtml, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ["style", "script", "textarea", "option", "annotation"],
  })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
