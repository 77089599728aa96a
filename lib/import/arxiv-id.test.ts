import { describe, expect, it } from "vitest";
import { parseArxivId } from "./arxiv-id";

describe("parseArxivId", () => {
  it.each([
    ["a new-style id", "2310.06825", "2310.06825"],
    ["a versioned id", "2310.06825v3", "2310.06825"],
    ["an arXiv: prefix", "arXiv:2310.06825v1", "2310.06825"],
    ["surrounding spaces", "  1706.03762 ", "1706.03762"],
    ["a four-digit id from 2007-2014", "0704.0001", "0704.0001"],
    ["an abs URL", "https://arxiv.org/abs/2310.06825", "2310.06825"],
    ["an abs URL with version, query and hash", "http://arxiv.org/abs/2310.06825v2?context=cs#x", "2310.06825"],
    ["a pdf URL", "https://arxiv.org/pdf/2310.06825v1", "2310.06825"],
    ["a pdf URL ending in .pdf", "https://arxiv.org/pdf/2310.06825v1.pdf", "2310.06825"],
    ["an export URL", "https://export.arxiv.org/abs/1706.03762v7", "1706.03762"],
    ["an html URL", "https://arxiv.org/html/2310.06825v1/", "2310.06825"],
    ["a Hugging Face paper URL", "https://huggingface.co/papers/2310.06825", "2310.06825"],
    ["an old-style id", "hep-th/9901001", "hep-th/9901001"],
    ["an old-style id with version", "hep-th/9901001v2", "hep-th/9901001"],
    ["an old-style id with subject class", "math.GT/0309136", "math/0309136"],
    ["an old-style abs URL", "https://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001"],
    ["an old-style pdf URL", "https://arxiv.org/pdf/cond-mat/0211034.pdf", "cond-mat/0211034"],
    ["upper-case archive", "HEP-TH/9901001", "hep-th/9901001"],
  ])("accepts %s", (_name, input, expected) => {
    expect(parseArxivId(input)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["a word", "mistral"],
    ["month 13", "2313.06825"],
    ["month 00", "2300.06825"],
    ["four digits after 2015", "2310.0682"],
    ["five digits before 2015", "1412.06825"],
    ["new style before April 2007", "0703.0001"],
    ["six digits", "2310.068251"],
    ["an old-style id after 2007", "hep-th/0801001"],
    ["an old-style id with a bad month", "hep-th/9913001"],
    ["another host", "https://example.com/abs/2310.06825"],
    ["an arXiv URL without an id", "https://arxiv.org/list/cs.LG/recent"],
    ["a garbled URL", "https://"],
    ["a javascript URL", "javascript:alert(1)"],
    ["a URL with a malformed escape", "https://arxiv.org/abs/%E0%A4%A"],
    ["a URL with a lone percent sign", "https://arxiv.org/abs/2310.06825%"],
  ])("rejects %s", (_name, input) => {
    expect(parseArxivId(input)).toBeNull();
  });
});
