import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, slugifyTitle } from "./slugify-title";

describe("slugifyTitle", () => {
  it.each([
    [
      "lowercases and joins words",
      "PockEngine: Sparse and Efficient Fine-tuning in a Pocket",
      "pockengine-sparse-and-efficient-fine-tuning-in-a-pocket",
    ],
    ["strips accents", "Évaluation des modèles à Zürich", "evaluation-des-modeles-a-zurich"],
    ["transliterates letters NFKD keeps", "Straße Ærø Łódź", "strasse-aero-lodz"],
    ["keeps contractions as one word", "Don't Stop Pretraining: Let’s Go", "dont-stop-pretraining-lets-go"],
    [
      "drops LaTeX punctuation",
      "Efficient Magic State Cultivation on $\\mathbb{RP}^2$",
      "efficient-magic-state-cultivation-on-mathbb-rp-2",
    ],
    ["splits on symbols", "A* Search, I/O & O(k) Runtime", "a-search-i-o-o-k-runtime"],
    ["keeps digits", "UL2: Unifying Language Learning Paradigms", "ul2-unifying-language-learning-paradigms"],
    ["trims separators at both ends", "  --Hello,   World!--  ", "hello-world"],
    ["falls back for an empty title", "", "paper"],
    ["falls back for punctuation only", "?!? — …", "paper"],
    ["falls back for non-latin scripts", "注意力机制", "paper"],
  ])("%s", (_name, title, expected) => {
    expect(slugifyTitle(title)).toBe(expected);
  });

  it("cuts long titles at a word boundary within the limit", () => {
    const title =
      "SortedNet, a Place for Every Network and Every Network in its Place: Towards a Generalized Solution for Training Many-in-One Neural Networks";
    const slug = slugifyTitle(title);
    expect(slug).toBe("sortednet-a-place-for-every-network-and-every-network-in-its-place-towards-a");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("keeps a title of exactly the limit whole", () => {
    const title = `${"a".repeat(39)} ${"b".repeat(40)}`;
    expect(slugifyTitle(title)).toBe(`${"a".repeat(39)}-${"b".repeat(40)}`);
  });

  it("hard-cuts a single word longer than the limit", () => {
    expect(slugifyTitle("x".repeat(200))).toBe("x".repeat(MAX_SLUG_LENGTH));
  });

  it("only ever produces lowercase ascii words joined by single dashes", () => {
    for (const title of ["Ça va? Très bien!!", "ÅNGSTRÖM—Test", "a--b__c", "MoE^2 / M$^3$ViT"]) {
      expect(slugifyTitle(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
