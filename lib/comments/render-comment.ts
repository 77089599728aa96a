import "server-only";
import markdownItKatexModule from "@vscode/markdown-it-katex";
import type katex from "katex";
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "@/lib/mail/escape-html";
import { renderMath } from "@/lib/papers/render-math";

// A CommonJS package: Node's own ESM loader (scripts, the worker, benches under tsx) hands over its
// exports object, where bundlers and vitest hand over the function itself.
const markdownItKatex = (markdownItKatexModule as unknown as { default?: typeof markdownItKatexModule }).default ?? markdownItKatexModule;

/** The rel of every link in a comment: no ranking credit, marked as user content, no window.opener. */
export const COMMENT_LINK_REL = "nofollow ugc noopener";

/**
 * Explicit direction overrides and isolates (U+202A–202E, U+2066–2069). They are stripped, not
 * isolated: an isolate left unclosed, or an override, could still reorder text around it in the
 * comment itself (the "Trojan Source" trick that makes a link or a quote read backwards), and no
 * honest comment needs them; each comment is also rendered in its own `dir="auto"` element, which
 * the browser isolates from the page around it. The plain marks (LRM, RLM) stay: they only nudge.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * The project's math renderer (lib/papers/render-math.ts: KaTeX to MathML only, `trust` refused,
 * maxExpand and maxSize capped, macro definitions refused) in the shape the Markdown plugin calls.
 * A formula it refuses shows as its source, as text, the way titles and abstracts do.
 */
const commentKatex = {
  renderToString: (tex: string, options?: { displayMode?: boolean }) => {
    const display = options?.displayMode === true;
    return renderMath(tex, display) ?? `<code>${escapeHtml(display ? `$$${tex}$$` : `$${tex}$`)}</code>`;
  },
} as unknown as typeof katex;

/**
 * markdown-it with `html: false`, so raw HTML in a comment is shown as text (escaped by the
 * parser), never passed on. Headings are off (a comment must not add to the page's outline) and
 * images are off (no tracking pixels or layout shifts from other sites): a heading's syntax
 * shows as written, an image as a link to it. The parser's own link check already refuses javascript:, vbscript:, file: and data: links.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false })
  .disable(["heading", "lheading", "image"])
  .use(markdownItKatex, { katex: commentKatex, throwOnError: false });

const MATHML_TAGS = [
  "math",
  "semantics",
  "mrow",
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "mspace",
  "msup",
  "msub",
  "msubsup",
  "mfrac",
  "msqrt",
  "mroot",
  "mover",
  "munder",
  "munderover",
  "mtable",
  "mtr",
  "mtd",
  "mstyle",
  "mpadded",
  "mphantom",
  "menclose",
  "mmultiscripts",
  "mprescripts",
  "none",
];
const MATHML_ATTRIBUTES = [
  "display",
  "aria-label",
  "stretchy",
  "fence",
  "separator",
  "lspace",
  "rspace",
  "accent",
  "accentunder",
  "minsize",
  "maxsize",
  "movablelimits",
  "largeop",
  "symmetric",
  "columnalign",
  "rowalign",
  "columnspacing",
  "rowspacing",
  "columnlines",
  "rowlines",
  "width",
  "height",
  "depth",
  "voffset",
  "linethickness",
  "scriptlevel",
  "displaystyle",
  "notation",
];

/**
 * The allow-list the parser's and KaTeX's output goes through again, so a bug in either (or in a
 * plugin) cannot put executable markup on the page: text tags of Markdown, KaTeX's MathML, links
 * to http(s) and mailto only, no style, class, id or event attribute anywhere.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "em",
    "strong",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    ...MATHML_TAGS,
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
    ...Object.fromEntries(MATHML_TAGS.map((tag) => [tag, MATHML_ATTRIBUTES])),
  },
  // Only table cells' alignment survives as style (markdown-it writes `style="text-align:right"`).
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  // The TeX source KaTeX repeats for machines: the page does not need it twice.
  nonTextTags: ["style", "script", "textarea", "option", "noscript", "annotation"],
  transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: COMMENT_LINK_REL } }) },
};

/** A comment's Markdown and math as the HTML stored with it (bodyHtml), safe to put in a page as is. */
export function renderComment(body: string): string {
  const html = markdown.render(body.replace(DIRECTION_CONTROLS, ""));
  return sanitizeHtml(html, SANITIZE).trim();
}
