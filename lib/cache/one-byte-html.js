// V8 keeps a string whose characters all fit in Latin-1 one byte per character; a single wider
// character anywhere (the "…" that ends every excerpt on a feed card) makes the whole string two
// bytes per character. Next serves a cached page from the stored HTML string on every hit: it
// measures its UTF-8 length and encodes it for the socket into a fresh buffer, both much slower
// from a two-byte string (the feed's 96 KB: about twice the CPU per request in all, bench/RESULTS.md
// "Feed throughput"). So cached HTML is stored with every character past U+00FF written as an
// escape that the browser reads back as the same character: a character reference in markup and
// attributes, a \u escape inside <script> (Next's flight data and JSON-LD are string literals
// there), a CSS escape inside <style>.

const WIDE = /[^\u0000-\u00ff]/;
const WIDE_RUNS = /[^\u0000-\u00ff]+/g;
// Raw-text elements decode no character references, so their contents are escaped in their own
// language; everything else is markup or an attribute value, where references are decoded.
const PARTS = /(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)|(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)|[^\u0000-\u00ff]+/gi;

const hex = (n) => n.toString(16);

function codePoints(run, write) {
  let out = "";
  for (const character of run) out += write(character.codePointAt(0));
  return out;
}

// JavaScript escapes UTF-16 units, so characters outside the BMP become a surrogate pair.
const scriptEscape = (text) =>
  text.replace(WIDE_RUNS, (run) => {
    let out = "";
    for (let i = 0; i < run.length; i++) out += `\\u${hex(run.charCodeAt(i)).padStart(4, "0")}`;
    return out;
  });
// A CSS escape ends at the first non-hex character; the space after it is part of the escape.
const styleEscape = (text) => text.replace(WIDE_RUNS, (run) => codePoints(run, (point) => `\\${hex(point)} `));
// The shortest reference for each character: the ellipsis ends every excerpt on a feed card, so
// its named one (6 bytes); decimal for the rest (&#8212; is 7, &#x2014; 8). The feed stays
// under issue 11's 100 KB.
const NAMED = new Map([[0x2026, "&mldr;"]]);
const markupEscape = (run) => codePoints(run, (point) => NAMED.get(point) ?? `&#${point};`);

/**
 * The same document as `html`, with only characters up to U+00FF (so a one-byte string).
 * @param {string} html
 * @returns {string}
 */
export function toOneByteHtml(html) {
  if (!WIDE.test(html)) return html;
  const escaped = html.replace(PARTS, (match, scriptOpen, script, scriptClose, styleOpen, style, styleClose) => {
    if (scriptOpen !== undefined) return scriptOpen + scriptEscape(script) + scriptClose;
    if (styleOpen !== undefined) return styleOpen + styleEscape(style) + styleClose;
    return markupEscape(match);
  });
  // replace() builds its result in the subject's width, two bytes here; decoding the Latin-1
  // bytes makes a new string, which V8 stores one byte per character.
  return Buffer.from(escaped, "latin1").toString("latin1");
}

/**
 * A cache handler class that stores pages' HTML as one-byte strings (see above).
 * @template {new (...args: any[]) => any} Handler
 * @param {Handler} Base
 */
export function storeOneByteHtml(Base) {
  return class OneByteHtml extends Base {
    async set(key, data, ctx) {
      if (typeof data?.html === "string" && (data.kind === "APP_PAGE" || data.kind === "PAGES")) {
        data = { ...data, html: toOneByteHtml(data.html) };
      }
      return super.set(key, data, ctx);
    }
  };
}
