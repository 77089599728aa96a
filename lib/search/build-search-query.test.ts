import { describe, expect, it } from "vitest";
import { buildSearchQuery, cleanSearchText, MAX_QUERY_LENGTH } from "@/lib/search/build-search-query";

describe("buildSearchQuery", () => {
  it.each([
    // query, websearch part, prefix operands, plain words
    ["", "", [], []],
    ["   ", "", [], []],
    ["attention", "", ["'attention':*"], ["attention"]],
    ["attention ", "attention", [], ["attention"]],
    ["deep lear", "deep", ["'lear':*"], ["deep", "lear"]],
    ["linear attention transformers ", "linear attention transformers", [], ["linear", "attention", "transformers"]],
    // Too short to expand: "ai" stays a whole word.
    ["generative ai", "generative ai", [], ["generative", "ai"]],
    ['"state space" mod', '"state space"', ["'mod':*"], ["state", "space", "mod"]],
    // Inside an unclosed quote the last word belongs to the phrase.
    ['"state spa', '"state spa', [], ["state", "spa"]],
    ["mamba or transformer", "mamba", ["'transformer':*"], ["mamba", "transformer"]],
    ["mamba OR", "mamba OR", [], ["mamba"]],
    ["attention -linear", "attention -linear", [], ["attention"]],
    ["self-attention", "self-attention", [], ["self", "attention"]],
    ["gpt-4", "gpt-4", [], ["gpt", "4"]],
    ["Übersetzung maschinelle", "Übersetzung", ["'maschinelle':*"], ["Übersetzung", "maschinelle"]],
    ["注意力机制", "", ["'注意力机制':*"], ["注意力机制"]],
    ["ｍｏｄｅｌ", "", ["'model':*"], ["model"]],
    ["transformer 🤖", "transformer 🤖", [], ["transformer"]],
    ["a:* & b | !c", "a:* & b | !c", [], ["a", "b", "c"]],
    ['x\'); DROP TABLE "Paper"; --', 'x\'); DROP TABLE "Paper"; --', [], ["x", "DROP", "TABLE", "Paper"]],
    ["O'Brien", "O'Brien", [], ["O", "Brien"]],
    ["tab\there\u0000nul", "tab here", ["'nul':*"], ["tab", "here", "nul"]],
  ])("%j", (query, websearch, prefixes, words) => {
    expect(buildSearchQuery(query)).toMatchObject({ websearch, prefixes, words });
  });

  it.each([
    ["mamba or transf", true],
    ["mamba OR transf", true],
    ["mamba transf", false],
    ["mamba or transf ", false],
  ])("joins the prefix of %j with or: %s", (query, prefixOr) => {
    expect(buildSearchQuery(query).prefixOr).toBe(prefixOr);
  });

  it("keeps at most eight words for the fallbacks", () => {
    expect(buildSearchQuery("one two three four five six seven eight nine ten").words).toHaveLength(8);
  });

  it("passes only letters and digits into the prefix operand", () => {
    for (const query of ["abc'", "abc\\", "abc:*", "abc)", "ab'c"]) {
      expect(buildSearchQuery(query).prefixes).toEqual([]);
    }
  });
});

describe("cleanSearchText", () => {
  it.each([
    ["nul\u0000byte", "nul byte"],
    ["bell\u0007 and escape\u001b", "bell and escape "],
    ["lone \uD800 high and \uDC00 low", "lone high and low"],
    ["pair 😀 kept", "pair 😀 kept"],
    ["marks \uE000forged\uE001", "marks forged "],
    ["ﬁne-tuning", "fine-tuning"],
    ["  leading and   inner  ", "leading and inner "],
  ])("%j", (raw, clean) => {
    expect(cleanSearchText(raw)).toBe(clean);
  });

  it("bounds text that NFKC expands", () => {
    expect(cleanSearchText("\uFDFA".repeat(MAX_QUERY_LENGTH)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH * 2);
  });
});
