import { describe, expect, it } from "vitest";
import { tokenizePaper } from "@/lib/discovery/tokenize-paper";

describe("tokenizePaper", () => {
  it.each([
    {
      what: "unigrams and bigrams, lowercased",
      paper: { title: "Sparse Attention", abstract: "", authors: [] },
      terms: ["sparse", "sparse attention", "attention"],
    },
    {
      what: "stop words go before bigrams are formed, as in scikit-learn",
      paper: { title: "Attention is all you need", abstract: "", authors: [] },
      terms: ["attention", "attention need", "need"],
    },
    {
      what: "one-letter words and punctuation go",
      paper: { title: "A x-ray: GPT-4o", abstract: "", authors: [] },
      terms: ["ray", "ray gpt", "gpt", "gpt 4o", "4o"],
    },
    {
      what: "no bigram spans the title and the abstract, or two authors",
      paper: { title: "Diffusion", abstract: "Models", authors: ["Ada Lovelace", "Alan Turing"] },
      terms: ["diffusion", "models", "ada", "ada lovelace", "lovelace", "alan", "alan turing", "turing"],
    },
    {
      what: "repeats are kept: they are the term frequency",
      paper: { title: "Graph graph", abstract: "", authors: [] },
      terms: ["graph", "graph graph", "graph"],
    },
    {
      what: "letters of every script",
      paper: { title: "Réseaux de neurones", abstract: "", authors: [] },
      terms: ["réseaux", "réseaux neurones", "neurones"],
    },
    { what: "nothing in, nothing out", paper: { title: "", abstract: "the of and", authors: [] }, terms: [] },
  ])("$what", ({ paper, terms }) => {
    expect(tokenizePaper(paper)).toEqual(terms);
  });
});
