import { renderToString } from "react-dom/server";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MathText } from "@/components/papers/math-text";

const html = (text: string) => renderToString(<h1>{<MathText text={text} />}</h1>);
const plainHtml = (text: string) => renderToString(<h1>{text}</h1>);
/** What a reader sees as text, with each formula as its spoken label. */
const read = (markup: string) => markup.replace(/<math aria-label="([^"]*)".*?<\/math>/g, " $1 ").replace(/<[^>]*>/g, "");

describe("MathText", () => {
  test.each([
    "Attention Is All You Need",
    "Transformers escalate computational demands O(N^2).",
    "costs $5 and $10",
    'US\\$5 <script>alert(1)</script> & "quotes"',
    "",
  ])("text without math is the same string, byte for byte: %j", (text) => {
    expect(html(text)).toBe(plainHtml(text));
  });

  test("M$^3$ViT: the superscript is MathML, the rest plain text, the heading reads as words", () => {
    const markup = html("M$^3$ViT: Mixture-of-Experts");
    expect(markup).toMatch(
      /^<h1>M<span><math aria-label="cubed"><mrow><msup><mrow><\/mrow><mn>3<\/mn><\/msup><\/mrow><\/math><\/span>ViT: Mixture-of-Experts<\/h1>$/,
    );
    expect(read(markup)).toBe("M cubed ViT: Mixture-of-Experts");
  });

  test.each([
    ["Cultivation on $\\mathbb{RP}^2$", 'ℝ</mi><mi mathvariant="double-struck">ℙ'],
    ["in $\\mathcal{O}(n)$ time", "𝒪"],
    ["we prove $$\\sum_i x_i = 1$$ always", 'display="block"'],
    ["the \\(\\alpha\\)-divergence", "<mi>α</mi>"],
  ])("%j renders as math", (text, expected) => {
    const markup = html(text);
    expect(markup).toContain("<math ");
    expect(markup).toContain(expected);
  });

  test.each([
    ["bad TeX", "Bad $\\frac{1}{$ formula"],
    ["an unknown command", "Uses $\\notacommand x$ here"],
    ["a macro definition", "Blow $\\def\\a{xxxxxxxx}\\a\\a\\a$ up"],
    ["a formula past 1,000 characters", `Long $${"x+".repeat(600)}x$ formula`],
  ])("%s shows as written", (_name, text) => {
    expect(html(text)).toBe(plainHtml(text));
  });

  test("each formula is rendered on its own: one that fails leaves the others", () => {
    const markup = html("$x^2$ and $\\frac{$ and $y$");
    expect(markup.match(/<math /g)).toHaveLength(2);
    expect(markup).toContain(" and $\\frac{$ and ");
  });

  // Nothing from the input may become a link, a script, a class, a style, an id or a handler.
  test.each([
    "$\\href{javascript:alert(1)}{x}$",
    "$\\href{https://evil.example}{click}$",
    "$\\url{javascript:alert(1)}$",
    "$\\includegraphics[height=1em]{https://evil.example/x.png}$",
    "$\\htmlClass{sr-only}{x}$",
    "$\\htmlId{main}{x}$",
    "$\\htmlStyle{position:fixed;inset:0}{x}$",
    "$\\htmlData{foo=bar}{x}$",
    "$<script>alert(1)</script>$",
    "$\\text{<img src=x onerror=alert(1)>}$",
    '$\\text{"><svg onload=alert(1)>}$',
    "$\\mathrm{</math><script>alert(1)</script>}$",
  ])("%j renders inert", (text) => {
    // Text and attribute values are escaped, so every "<" left opens a real tag.
    const tags = html(`Title ${text} end`).match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<\/?(a|script|img|svg|iframe|style|link|object|embed|form)[\s>]/i);
      expect(tag).not.toMatch(/\s(href|src|class|style|id|data-[\w-]+|on\w+)=/i);
    }
  });

  test("any text, math or not, leaves only MathML tags without attributes from the input", () => {
    // Every "<" in the output opens a real tag: text is escaped by React or KaTeX, the label by escapeHtml.
    const allowed =
      /^<\/?(h1|span|math|mrow|mi|mn|mo|ms|mtext|mspace|msup|msub|msubsup|mfrac|msqrt|mroot|mover|munder|munderover|mpadded|mphantom|mstyle|mtable|mtr|mtd|menclose)(\s[^<>]*)?\/?>$/;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("$", "<", ">", "&", '"', "'", "\\", "{", "}", "^", "a", "x", " ", "/", "=", "\\text", "script"),
          maxLength: 40,
        }),
        (text) => {
          for (const tag of html(text).match(/<[^>]*>/g) ?? []) {
            expect(tag).toMatch(allowed);
            expect(tag).not.toMatch(/\s(href|src|class|style|id|data-[\w-]+|on\w+)=/i);
          }
        },
      ),
    );
  });

  test("commands that need trust show the whole formula as written, not a red placeholder", () => {
    const text = "See $\\href{https://example.com}{x}$ here";
    expect(html(text)).toBe(plainHtml(text));
  });
});
