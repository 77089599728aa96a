// Social cards are drawn offline: next/og downloads a font for any character its fonts lack, so the
// cards must only ever hand it characters the bundled font has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { ImageResponse } from "next/og";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: <T,>(fn: T) => fn }));

import { collectionCardResponse } from "@/lib/og/collection-card-response";
import { drawableText } from "@/lib/og/drawable-text";
import { fontCoverage } from "@/lib/og/font-coverage";
import { paperCard } from "@/lib/og/paper-card";
import { socialCardResponse } from "@/lib/og/social-card";

const geist = fontCoverage(readFileSync(join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf")));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const NASTY = "β-VAE meets 日本語 🚀👍🏽 with ∀x∈ℝ: ｆｕｌｌ 𝐁old, José Müller-Łukasiewicz — λ ≤ Ω™ a\u200db\u00ad\tc";

afterEach(() => vi.restoreAllMocks());

describe("fontCoverage", () => {
  it("reads the glyphs next/og's font has", () => {
    for (const char of "Aaz09Łő—…▲λΩ€") expect(geist.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of "αβ日🚀∀") expect(geist.has(char.codePointAt(0)!), char).toBe(false);
  });
});

describe("drawableText", () => {
  it.each([
    ["β-VAE", "beta-VAE"],
    ["ε-greedy and Σ", "epsilon-greedy and Sigma"],
    ["λ-calculus", "λ-calculus"],
    ["ｆｕｌｌ 𝐁old", "full Bold"],
    ["José Müller-Łukasiewicz", "José Müller-Łukasiewicz"],
    ["日本 🚀", "?? ?"],
    ["a\tb\n\n  c", "a b c"],
    ["soft\u00adhy\u200dphen", "softhyphen"],
  ])("%j → %j", (input, expected) => {
    expect(drawableText(input, geist)).toBe(expected);
  });

  it("never lets through a character the font lacks", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (input) => {
        for (const char of drawableText(input, geist)) expect(geist.has(char.codePointAt(0)!), char).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a social card", () => {
  it("would download a font for a character next/og's fonts lack (the hazard)", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("offline"));
    vi.spyOn(console, "error").mockImplementation(() => {});
    await new ImageResponse(<div style={{ display: "flex" }}>日本語</div>, { width: 100, height: 50 }).arrayBuffer();
    expect(fetchSpy).toHaveBeenCalled();
  });

  it("is a 1200×630 PNG drawn without fetching anything, whatever the title holds", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("offline"));
    const card = paperCard({
      id: "p1",
      slug: "nasty",
      arxivId: "2501.00001",
      title: NASTY,
      abstract: "",
      authors: [NASTY, "Ada", "Grace", "Hedy"],
      authorCount: 4,
      publishedAt: null,
      listedAt: "2025-01-01T00:00:00.000Z",
      upvotes: 1,
      categories: [],
      codeUrl: null,
      codeStars: null,
      projectUrl: null,
      hfUpvotes: null,
      commentCount: 0,
    });
    expect(card.byline).toMatch(/and 1 other$/);
    expect(card.stat).toBe("▲ 1 upvote");
    const response = socialCardResponse(card);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("of a collection is never kept by shared caches, and 404 when there is none", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("offline"));
    const found = await collectionCardResponse({ title: NASTY, ownerName: "Ада Лавлейс 🚀", itemCount: 12 });
    expect(found.status).toBe(200);
    expect(found.headers.get("cache-control")).toBe("private, no-store");
    expect(pngSize(new Uint8Array(await found.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    const missing = await collectionCardResponse(null);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
