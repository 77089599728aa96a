import { describe, expect, it } from "vitest";
import { findGithubUrl } from "@/lib/ingest/find-github-url";

describe("findGithubUrl", () => {
  it.each([
    ["a plain link", "Code: https://github.com/mistralai/mistral-src", "https://github.com/mistralai/mistral-src"],
    ["a full stop after it", "Code is at https://github.com/owner/repo.", "https://github.com/owner/repo"],
    ["a comma after it", "see https://github.com/owner/repo, and more", "https://github.com/owner/repo"],
    ["parentheses", "(https://github.com/owner/repo)", "https://github.com/owner/repo"],
    ["LaTeX \\url", "available at \\url{https://github.com/owner/repo}.", "https://github.com/owner/repo"],
    ["a .git suffix", "git clone https://github.com/owner/repo.git", "https://github.com/owner/repo"],
    [".git and a full stop", "https://github.com/owner/repo.git.", "https://github.com/owner/repo"],
    ["a path to a file", "https://github.com/owner/repo/blob/main/README.md", "https://github.com/owner/repo"],
    ["a tree path", "https://github.com/owner/repo/tree/main/sub", "https://github.com/owner/repo"],
    ["a query and fragment", "https://github.com/owner/repo?tab=readme#x", "https://github.com/owner/repo"],
    ["http and www", "http://www.github.com/owner/repo", "https://github.com/owner/repo"],
    ["no scheme", "Code: github.com/owner/repo", "https://github.com/owner/repo"],
    ["dots, dashes and underscores in the repo", "https://github.com/a-b/c.d_e-f", "https://github.com/a-b/c.d_e-f"],
    ["the case as written", "https://GitHub.com/OpenAI/CLIP", "https://github.com/OpenAI/CLIP"],
    ["the first of two", "https://github.com/a/one and https://github.com/b/two", "https://github.com/a/one"],
    ["a reserved first segment skipped", "https://github.com/orgs/x then https://github.com/real/repo", "https://github.com/real/repo"],
    [
      "an arXiv comment",
      "10 pages, 4 figures. Project: https://github.com/hao-ai-lab/FastVideo",
      "https://github.com/hao-ai-lab/FastVideo",
    ],
  ])("finds %s", (_name, text, expected) => {
    expect(findGithubUrl(text)).toBe(expected);
  });

  it.each([
    ["no link", "We release code upon acceptance."],
    ["an owner without a repo", "https://github.com/owner"],
    ["an owner with a trailing slash only", "https://github.com/owner/"],
    ["a repo of dots", "https://github.com/owner/..."],
    ["a GitHub page, not a repo", "https://github.com/features/copilot"],
    ["another host that ends in github.com", "https://notgithub.com/owner/repo"],
    ["a github.io site", "https://owner.github.io/repo"],
    ["a link broken by line wrapping", "https://github. com/owner/repo"],
    ["an owner with a double hyphen", "https://github.com/a--b/repo"],
    ["an empty text", ""],
  ])("finds nothing in %s", (_name, text) => {
    expect(findGithubUrl(text)).toBeNull();
  });
});
