import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { HighlightedText } from "@/components/search/highlighted-text";
import type { HighlightPart } from "@/lib/api/papers-schemas";

const render = (parts: HighlightPart[]) => renderToStaticMarkup(<HighlightedText parts={parts} />);
/** The marked words, in order. */
const marked = (markup: string) => [...markup.matchAll(/<mark[^>]*>(.*?)<\/mark>/g)].map((m) => m[1]);

describe("HighlightedText", () => {
  test("without math: the matches in <mark>, the rest as text", () => {
    const markup = render([{ text: "Attention " }, { text: "Is", match: true }, { text: " All <You> Need" }]);
    expect(markup).toMatch(/^Attention <mark class="[^"]+">Is<\/mark> All &lt;You&gt; Need$/);
  });

  test("a title with math keeps the marks around its formula", () => {
    const markup = render([{ text: "M$^3$" }, { text: "ViT", match: true }, { text: ": Mixture-of-" }, { text: "Experts", match: true }]);
    expect(markup).toMatch(
      /^M<span><math aria-label="cubed">.*<\/math><\/span><mark[^>]*>ViT<\/mark>: Mixture-of-<mark[^>]*>Experts<\/mark>$/,
    );
  });

  test("a match that spans a formula is marked on both sides of it, and the formula drawn whole", () => {
    const markup = render([{ text: "M$^3$ViT", match: true }, { text: " models" }]);
    expect(marked(markup)).toEqual(["M", "ViT"]);
    expect(markup).toContain("<mn>3</mn>");
    expect(markup.endsWith(" models")).toBe(true);
  });

  test("a match inside a formula is not shown", () => {
    const markup = render([{ text: "Cultivation on $\\mathbb{" }, { text: "RP", match: true }, { text: "}^2$" }]);
    expect(marked(markup)).toEqual([]);
    expect(markup).toContain("ℝ");
  });

  test("a snippet that cuts a formula leaves its half as written", () => {
    const markup = render([{ text: "… costs " }, { text: "attention", match: true }, { text: " $O(N^2" }]);
    expect(markup).not.toContain("<math");
    expect(marked(markup)).toEqual(["attention"]);
    expect(markup.endsWith(" $O(N^2")).toBe(true);
  });
});
