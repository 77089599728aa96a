import { describe, expect, it } from "vitest";
import { highlightSimilarWords, highlightText, MATCH_END as E, MATCH_START as S, parseHighlight } from "@/lib/search/highlight";

describe("parseHighlight", () => {
  it.each([
    ["", []],
    ["plain", [{ text: "plain" }]],
    [`${S}Attention${E} is all`, [{ text: "Attention", match: true }, { text: " is all" }]],
    [`a ${S}b${E} c ${S}d${E}`, [{ text: "a " }, { text: "b", match: true }, { text: " c " }, { text: "d", match: true }]],
    // Unbalanced or repeated marks only switch state; they never leak into the text.
    [`${S}${S}x${E}${E}y`, [{ text: "x", match: true }, { text: "y" }]],
    [`x${E}y`, [{ text: "xy" }]],
    [`x${S}`, [{ text: "x" }]],
    [`<b>${S}&amp;${E}</b>`, [{ text: "<b>" }, { text: "&amp;", match: true }, { text: "</b>" }]],
  ])("%j", (marked, parts) => {
    expect(parseHighlight(marked)).toEqual(parts);
  });

  it("loses no text", () => {
    const marked = `The ${S}quick${E} brown ${S}fox${E} 🦊 jumps`;
    expect(highlightText(parseHighlight(marked))).toBe(marked.replaceAll(S, "").replaceAll(E, ""));
  });
});

describe("highlightSimilarWords", () => {
  it.each([
    ["Attention Is All You Need", ["atention"], [{ text: "Attention", match: true }, { text: " Is All You Need" }]],
    [
      "Linear attention, revisited",
      ["lineer", "atention"],
      [{ text: "Linear", match: true }, { text: " " }, { text: "attention", match: true }, { text: ", revisited" }],
    ],
    ["Hyperparameteroptimization for all", ["meteroptim"], [{ text: "Hyperparameteroptimization", match: true }, { text: " for all" }]],
    ["Nothing alike", ["zebra"], [{ text: "Nothing alike" }]],
  ])("%j", (text, words, parts) => {
    expect(highlightSimilarWords(text, words)).toEqual(parts);
  });
});
