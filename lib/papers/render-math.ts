import "server-only";
import katex, { type KatexOptions } from "katex";
import renderA11yString from "katex/contrib/render-a11y-string";
import { applyMathVariants } from "@/lib/papers/apply-math-variants";
import { escapeHtml } from "@/lib/mail/escape-html";

// Longer than any formula in a real title or abstract; past it, the source is shown as written.
const MAX_TEX_LENGTH = 1000;
// TeX's own macro definitions: the one way a short formula can make a long output (a macro that
// repeats a long body, each use within maxExpand). Nobody defines macros in an arXiv title or
// abstract, so a formula that does is shown as written. Without them, KaTeX's output grows in step
// with its input (at most about 40 bytes of MathML for a character of TeX).
const DEFINES_MACROS = /\\(?:global|long|[egx]?def|let|futurelet|(?:re)?newcommand|providecommand|newenvironment)(?![A-Za-z@])/;
// KaTeX's MathML: the formula, and its TeX again in an annotation that browsers do not show. The
// title and abstract keep the TeX as written, the label says the formula: the annotation is dropped,
// a third of the bytes of a short formula.
const KATEX_MATHML =
  /^<span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"( display="block")?><semantics>(.*)<annotation encoding="application\/x-tex">[^<]*<\/annotation><\/semantics><\/math><\/span>$/s;

/**
 * TeX to MathML, with KaTeX, on the server: `<math aria-label="…"><mrow>…</mrow></math>`, or null when the formula
 * does not render (bad TeX, a command KaTeX does not know, one that needs trust, too long), and the
 * caller shows its source instead.
 *
 * - Never trusted: `\href`, `\url`, `\includegraphics`, `\htmlClass` and the like are refused, and
 *   the whole formula then shows as written rather than as KaTeX's red placeholder. Text in the
 *   output is escaped by KaTeX; the result carries no links, classes, styles or ids from the input.
 * - Errors are thrown, caught and turned into "show the source", which is what throwOnError: false
 *   would show less well: KaTeX's red text (unreadable in dark mode) with the parser's message as a
 *   tooltip.
 * - maxSize caps sizes in `\rule`, `\kern` and the like at 5em, maxExpand stops macro loops.
 * - `aria-label` is KaTeX's spoken form ("M cubed ViT"): Chromium leaves MathML out of the names of
 *   headings and links, so without it a title's formula would vanish from them.
 */
export function renderMath(tex: string, display: boolean): string | null {
  if (tex.length > MAX_TEX_LENGTH || DEFINES_MACROS.test(tex)) return null;
  let untrusted = false;
  const options: KatexOptions = {
    displayMode: display,
    output: "mathml",
    throwOnError: true,
    strict: "ignore",
    // Trusts nothing, like `trust: false`, and notes that something asked.
    trust: () => {
      untrusted = true;
      return false;
    },
    maxSize: 5,
    maxExpand: 200,
  };
  let html: string;
  try {
    html = katex.renderToString(tex, options);
  } catch {
    return null;
  }
  // The shape is checked so that a KaTeX upgrade that changes it shows text, never broken markup.
  const parts = untrusted ? null : KATEX_MATHML.exec(html);
  if (!parts) return null;
  const [, block = "", body = ""] = parts;
  return `<math aria-label="${escapeHtml(speak(tex, options))}"${block}>${applyMathVariants(body)}</math>`;
}

function speak(tex: string, options: KatexOptions): string {
  try {
    return renderA11yString(tex, options);
  } catch {
    // Some commands have no spoken form; the source is the next best thing.
    return tex;
  }
}
