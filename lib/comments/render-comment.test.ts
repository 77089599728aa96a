import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, test } from "vitest";
import { COMMENT_LINK_REL, renderComment } from "@/lib/comments/render-comment";
import { COMMENT_XSS_CORPUS as CORPUS } from "@/tests/fixtures/comment-xss-corpus";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Every element of the output as a browser's parser builds it (entities decoded, tags as it sees them). */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ("tagName" in node) found.push(node);
    if ("childNodes" in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(html) as unknown as Node);
  return found;
}

function textOf(html: string): string {
  let text = "";
  const walk = (node: Node) => {
    if (node.nodeName === "#text") text += (node as DefaultTreeAdapterMap["textNode"]).value;
    if ("childNodes" in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(html) as unknown as Node);
  return text;
}

const EXECUTABLE = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "object",
  "embed",
  "svg",
  "foreignobject",
  "img",
  "video",
  "audio",
  "source",
  "form",
  "input",
  "button",
  "textarea",
  "base",
  "link",
  "meta",
  "template",
  "maction",
  "annotation-xml",
]);

/** What makes markup executable or able to restyle the page, checked on the parsed tree. */
function assertInert(html: string) {
  for (const element of elementsOf(html)) {
    expect(EXECUTABLE.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(false);
    for (const { name, value } of element.attrs) {
      expect(name.startsWith("on"), `${name} on <${element.tagName}>`).toBe(false);
      expect(["class", "id", "src", "srcdoc", "action", "formaction", "xlink:href", "xmlns:xlink"]).not.toContain(name);
      if (name === "style") {
        expect(["th", "td"]).toContain(element.tagName);
        expect(value).toMatch(/^text-align:(left|right|center);?$/);
      }
      if (name === "href") {
        expect(element.tagName).toBe("a");
        // The browser resolves a relative href against the page, which is harmless; a scheme must be one of these.
        const scheme = new URL(value, "https://papershelf.test/").protocol;
        expect(["http:", "https:", "mailto:"]).toContain(scheme);
      }
    }
    if (element.tagName === "a") expect(element.attrs.find((a) => a.name === "rel")?.value).toBe(COMMENT_LINK_REL);
  }
}

describe("the XSS corpus renders inert", () => {
  test.each(CORPUS.map((body) => [body.slice(0, 60), body]))("%s", (_, body) => {
    const html = renderComment(body);
    assertInert(html);
    expect(textOf(html)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  test("raw HTML is shown as text, not dropped", () => {
    expect(textOf(renderComment("<b>bold</b> <script>alert(1)</script>"))).toBe("<b>bold</b> <script>alert(1)</script>");
  });

  test("KaTeX's untrusted commands show their source as text", () => {
    const html = renderComment("$\\href{javascript:alert(1)}{click}$");
    expect(elementsOf(html).some((e) => e.tagName === "math")).toBe(false);
    expect(textOf(html)).toContain("\\href{javascript:alert(1)}{click}");
  });
});

describe("what comments can say", () => {
  test("emphasis, links, lists, code and quotes", () => {
    const html = renderComment("*a* **b** `c`\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\nx < y\n```\n\n[site](https://example.org)");
    const tags = elementsOf(html).map((e) => e.tagName);
    for (const tag of ["em", "strong", "code", "ul", "ol", "li", "blockquote", "pre", "a"]) expect(tags).toContain(tag);
    const link = elementsOf(html).find((e) => e.tagName === "a")!;
    expect(link.attrs).toEqual([
      { name: "href", value: "https://example.org" },
      { name: "rel", value: COMMENT_LINK_REL },
    ]);
  });

  test("inline and display math become MathML", () => {
    const html = renderComment("Inline $x^2$ and\n\n$$\\frac{a}{b}$$");
    const maths = elementsOf(html).filter((e) => e.tagName === "math");
    expect(maths).toHaveLength(2);
    expect(maths[1]!.attrs).toContainEqual({ name: "display", value: "block" });
  });

  test("headings show as written, and an image as a link to it", () => {
    expect(textOf(renderComment("# Title"))).toBe("# Title");
    const html = renderComment("![alt](https://x.org/a.png)");
    expect(elementsOf(html).map((e) => e.tagName)).toEqual(["p", "a"]);
    expect(textOf(html)).toBe("!alt");
  });
});
