import { describe, expect, it } from "vitest";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { planPaperUpdate, type StoredPaper } from "@/lib/import/plan-paper-update";

const stored: StoredPaper = {
  id: "p1",
  slug: "mistral-7b",
  arxivId: "2310.06825",
  title: "Mistral 7B",
  abstract: "Version one.",
  authors: ["A", "B"],
  authorCount: 2,
  publishedAt: new Date("2023-10-10T17:54:58Z"),
  sourceUpdatedAt: new Date("2023-10-10T17:54:58Z"),
  listedAt: new Date("2023-10-11T00:42:38Z"),
  url: "https://arxiv.org/abs/2310.06825",
  pdfUrl: "https://arxiv.org/pdf/2310.06825v1",
  categories: ["cs.CL"],
  primaryCategory: "cs.CL",
  arxivVersion: 1,
  hfUpvotes: 48,
  codeUrl: null,
  codeStars: null,
  projectUrl: null,
};

// The same paper as arXiv describes it: planPaperUpdate(stored, arxiv) is empty.
const arxiv: ImportedPaper = {
  arxivId: "2310.06825",
  title: "Mistral 7B",
  abstract: "Version one.",
  authors: ["A", "B"],
  publishedAt: new Date("2023-10-10T17:54:58Z"),
  sourceUpdatedAt: new Date("2023-10-10T17:54:58Z"),
  listedAt: new Date("2023-10-10T17:54:58Z"),
  listedAtIsListing: false,
  url: "https://arxiv.org/abs/2310.06825",
  pdfUrl: "https://arxiv.org/pdf/2310.06825v1",
  primaryCategory: "cs.CL",
  categories: ["cs.CL"],
  upvotes: 0,
  arxivVersion: 1,
  code: null,
};

// And as a Hugging Face listing does: no versions, no categories, its own listing date and count.
const hf: ImportedPaper = {
  ...arxiv,
  sourceUpdatedAt: null,
  listedAt: new Date("2023-10-11T00:42:38Z"),
  listedAtIsListing: true,
  url: null,
  pdfUrl: null,
  primaryCategory: null,
  categories: [],
  upvotes: 48,
  arxivVersion: null,
  hfUpvotes: 48,
};

const v2 = {
  ...arxiv,
  arxivVersion: 2,
  abstract: "Version two.",
  authors: ["A"],
  pdfUrl: "https://arxiv.org/pdf/2310.06825v2",
  sourceUpdatedAt: new Date("2024-01-31T10:00:00Z"),
};

describe("planPaperUpdate", () => {
  it.each<[string, Partial<StoredPaper>, ImportedPaper, Record<string, unknown>]>([
    ["arXiv, the same version and text: nothing", {}, arxiv, {}],
    ["Hugging Face, the same listing: nothing", {}, hf, {}],
    [
      "a newer version: its text, authors, pdf, date and version",
      {},
      v2,
      {
        arxivVersion: 2,
        abstract: "Version two.",
        authors: ["A"],
        authorCount: 1,
        pdfUrl: "https://arxiv.org/pdf/2310.06825v2",
        sourceUpdatedAt: v2.sourceUpdatedAt,
      },
    ],
    ["an older version: nothing, even with other text", { arxivVersion: 3 }, v2, {}],
    ["the same version with corrected text: the text", {}, { ...arxiv, title: "Mistral 7B." }, { title: "Mistral 7B." }],
    ["Hugging Face never overwrites arXiv's text", {}, { ...hf, title: "Mistral-7B", abstract: "HF's copy." }, {}],
    [
      "Hugging Face writes text a seeded paper got from nowhere",
      { arxivVersion: null, arxivId: null },
      { ...hf, abstract: "HF's copy." },
      { arxivId: "2310.06825", abstract: "HF's copy." },
    ],
    ["Hugging Face's count moves", {}, { ...hf, hfUpvotes: 60, upvotes: 60 }, { hfUpvotes: 60 }],
    [
      "a listing date moves the paper",
      {},
      { ...hf, listedAt: new Date("2023-10-12T00:00:00Z") },
      { listedAt: new Date("2023-10-12T00:00:00Z") },
    ],
    ["arXiv's own date does not", {}, { ...arxiv, listedAt: new Date("2020-01-01T00:00:00Z") }, {}],
    [
      "a listing's code link and stars",
      {},
      { ...hf, code: { url: "https://github.com/o/r", stars: 10, from: "listing" } },
      { codeUrl: "https://github.com/o/r", codeStars: 10 },
    ],
    [
      "a listing's code link without stars keeps the known stars",
      { codeUrl: "https://github.com/o/r", codeStars: 10 },
      { ...hf, code: { url: "https://github.com/o/r", stars: null, from: "listing" } },
      {},
    ],
    [
      "a listing's new code link drops the old stars",
      { codeUrl: "https://github.com/o/old", codeStars: 10 },
      { ...hf, code: { url: "https://github.com/o/r", stars: null, from: "listing" } },
      { codeUrl: "https://github.com/o/r", codeStars: null },
    ],
    [
      "a link in the text fills an empty code link",
      {},
      { ...arxiv, code: { url: "https://github.com/t/x", stars: null, from: "text" } },
      { codeUrl: "https://github.com/t/x" },
    ],
    [
      "a link in the text never replaces one",
      { codeUrl: "https://github.com/o/r", codeStars: 3 },
      { ...arxiv, code: { url: "https://github.com/t/x", stars: null, from: "text" } },
      {},
    ],
    ["a project page", {}, { ...hf, projectUrl: "https://example.org/" }, { projectUrl: "https://example.org/" }],
    ["no project page in a listing keeps the known one", { projectUrl: "https://example.org/" }, { ...hf, projectUrl: null }, {}],
  ])("%s", (_name, overrides, paper, changes) => {
    expect(planPaperUpdate({ ...stored, ...overrides }, paper)).toEqual(changes);
  });

  it("never plans votes, the submitter or the slug", () => {
    const changes = planPaperUpdate(
      { ...stored, arxivVersion: null, arxivId: null, hfUpvotes: null, title: "x", abstract: "y" },
      { ...v2, upvotes: 999, hfUpvotes: 999 },
    );
    expect(Object.keys(changes)).not.toContain("upvotes");
    expect(Object.keys(changes)).not.toContain("submittedById");
    expect(Object.keys(changes)).not.toContain("slug");
  });
});
