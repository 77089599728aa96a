import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { storeOneByteHtml, toOneByteHtml } from "./one-byte-html.js";

const WIDE = /[^\u0000-\u00ff]/;

describe("toOneByteHtml", () => {
  it("leaves Latin-1 HTML as it is, the same string", () => {
    const html = '<p title="café">naïve · 50 ¢</p><script>self.x=["é"]</script>';
    expect(toOneByteHtml(html)).toBe(html);
  });

  it("writes wider characters as character references in markup and attributes", () => {
    const out = toOneByteHtml('<p aria-label="Save to…">proposing… α—β 😀</p>');
    expect(out).toBe('<p aria-label="Save to&mldr;">proposing&mldr; &#945;&#8212;&#946; &#128512;</p>');
  });

  it("writes them as \\u escapes inside scripts, which decode no references", () => {
    const out = toOneByteHtml('<script>self.__next_f.push([1,"a…\\\\…😀"])</script><SCRIPT type="application/ld+json">{"n":"α"}</SCRIPT>');
    expect(out).toBe(
      '<script>self.__next_f.push([1,"a\\u2026\\\\\\u2026\\ud83d\\ude00"])</script><SCRIPT type="application/ld+json">{"n":"\\u03b1"}</SCRIPT>',
    );
    // The script still means the same: its string literal evaluates to the original text.
    const literal = /push\(\[1,(".*")\]\)/.exec(out)![1]!;
    expect(JSON.parse(literal)).toBe("a…\\…😀");
  });

  it("writes them as CSS escapes inside style elements", () => {
    expect(toOneByteHtml('<style>.a::after{content:"…"}</style>')).toBe('<style>.a::after{content:"\\2026 "}</style>');
  });

  it("leaves no character past U+00FF, and an HTML parser reads the same text back", () => {
    const text = "Zürich – “quoted” ‘x’ … ∑ 𝔼[x] ł ő";
    const out = toOneByteHtml(`<p title="${text}">${text}</p>`);
    expect(WIDE.test(out)).toBe(false);
    const p = parseFragment(out).childNodes[0] as DefaultTreeAdapterMap["element"];
    expect(p.attrs).toEqual([{ name: "title", value: text }]);
    expect((p.childNodes[0] as DefaultTreeAdapterMap["textNode"]).value).toBe(text);
  });
});

describe("storeOneByteHtml", () => {
  class Store {
    stored: unknown;
    async set(_key: string, data: unknown) {
      this.stored = data;
    }
  }
  const Handler = storeOneByteHtml(Store);

  it("stores pages' HTML escaped, and everything else as given", async () => {
    const handler = new Handler();
    const rscData = Buffer.from("rsc…");
    await handler.set("/feed/trending", { kind: "APP_PAGE", html: "<p>…</p>", rscData, status: 200 });
    expect(handler.stored).toEqual({ kind: "APP_PAGE", html: "<p>&mldr;</p>", rscData, status: 200 });
    const fetched = { kind: "FETCH", data: { body: "…" } };
    await handler.set("fetch-key", fetched);
    expect(handler.stored).toBe(fetched);
    await handler.set("gone", null);
    expect(handler.stored).toBeNull();
  });
});
