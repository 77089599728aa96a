import { describe, expect, it } from "vitest";
import { tokenizePaper, type TokenizeOptions } from "@/lib/discovery/tokenize-paper";

const STEMS_ONLY: TokenizeOptions = { stem: true, titleRepeats: 1, acronyms: "off" };

describe("tokenizePaper", () => {
  it.each([
    {
      what: "unigrams and bigrams, lowercased and stemmed",
      paper: { title: "Sparse Attention", abstract: "", authors: [] },
      terms: ["spars", "spars attent", "attent"],
    },
    {
      what: "stop words go before bigrams are formed, as in scikit-learn",
      paper: { title: "Attention is all you need", abstract: "", authors: [] },
      terms: ["attent", "attent need", "need"],
    },
    {
      what: "one-letter words and punctuation go",
      paper: { title: "A x-ray: GPT-4o", abstract: "", authors: [] },
      terms: ["rai", "rai gpt", "gpt", "gpt 4o", "4o"],
    },
    {
      what: "no bigram spans the title and the abstract, or two authors; names are not stemmed",
      paper: { title: "Diffusion", abstract: "Models", authors: ["Ada Lovelace", "Serena Williams"] },
      terms: ["diffus", "model", "ada", "ada lovelace", "lovelace", "serena", "serena williams", "williams"],
    },
    {
      what: "repeats are kept: they are the term frequency",
      paper: { title: "Graph graph", abstract: "", authors: [] },
      terms: ["graph", "graph graph", "graph"],
    },
    {
      what: "inflections meet: a plural and its singular, a verb and its noun",
      paper: { title: "Adapters", abstract: "adapter quantized quantization", authors: [] },
      terms: ["adapt", "adapt", "adapt quantiz", "quantiz", "quantiz quantiz", "quantiz"],
    },
    {
      what: "letters of every script",
      paper: { title: "Réseaux de neurones", abstract: "", authors: [] },
      terms: ["réseaux", "réseaux neuron", "neuron"],
    },
    { what: "nothing in, nothing out", paper: { title: "", abstract: "the of and", authors: [] }, terms: [] },
  ])("$what", ({ paper, terms }) => {
    expect(tokenizePaper(paper, STEMS_ONLY)).toEqual(terms);
  });

  it("counts the title's terms as often as asked", () => {
    expect(tokenizePaper({ title: "Mamba", abstract: "state", authors: [] }, { ...STEMS_ONLY, titleRepeats: 2 })).toEqual([
      "mamba",
      "mamba",
      "state",
    ]);
  });

  it("leaves words whole when not stemming", () => {
    expect(tokenizePaper({ title: "Adapters", abstract: "", authors: [] }, { ...STEMS_ONLY, stem: false })).toEqual(["adapters"]);
  });

  it("follows an acronym the paper defines with its long form, wherever it is used, plurals too", () => {
    const paper = { title: "Fast MoEs", abstract: "Mixture of experts (MoE) layers", authors: [] };
    expect(tokenizePaper(paper, { ...STEMS_ONLY, acronyms: "both" })).toEqual(
      // title: fast, moe (then mixtur expert); abstract: mixtur expert, moe (then mixtur expert), layer
      ["fast", "fast moe", "moe", "moe mixtur", "mixtur", "mixtur expert", "expert"].concat([
        "mixtur",
        "mixtur expert",
        "expert",
        "expert moe",
        "moe",
        "moe mixtur",
        "mixtur",
        "mixtur expert",
        "expert",
        "expert layer",
        "layer",
      ]),
    );
    expect(tokenizePaper(paper, { ...STEMS_ONLY, acronyms: "spell" })).toEqual(
      ["fast", "fast mixtur", "mixtur", "mixtur expert", "expert"].concat([
        "mixtur",
        "mixtur expert",
        "expert",
        "expert mixtur",
        "mixtur",
        "mixtur expert",
        "expert",
        "expert layer",
        "layer",
      ]),
    );
  });

  it("by default stems, follows acronyms with their long form, and counts the title three times", () => {
    expect(tokenizePaper({ title: "Mamba", abstract: "state", authors: [] })).toEqual(["mamba", "mamba", "mamba", "state"]);
  });
});
