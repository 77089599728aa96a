// A repository link in a paper's own words: "Code: https://github.com/owner/repo." becomes
// https://github.com/owner/repo. Authors write the link at the end of a sentence, inside
// parentheses or LaTeX (\url{...}), with a path to a file or a ".git", and arXiv's line wrapping
// can break it; only what is certainly an owner and a repository is kept.

// GitHub's rules: owners are letters, digits and single hyphens (at most 39); repositories are
// letters, digits, ".", "_" and "-" (at most 100).
const LINK = /(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})/gi;

// First path segments that are GitHub's own pages, not owners.
const NOT_OWNERS = new Set([
  "about",
  "apps",
  "collections",
  "contact",
  "customer-stories",
  "enterprise",
  "events",
  "explore",
  "features",
  "login",
  "marketplace",
  "new",
  "notifications",
  "orgs",
  "pricing",
  "search",
  "settings",
  "site",
  "sponsors",
  "topics",
  "trending",
  "users",
]);

function cleanRepo(raw: string): string | null {
  let repo = raw;
  // A sentence's full stop, or ".git", or both in either order.
  for (let before = ""; before !== repo;) {
    before = repo;
    repo = repo.replace(/\.+$/, "").replace(/\.git$/i, "");
  }
  if (repo === "" || /^[.-]+$/.test(repo)) return null;
  return repo;
}

/**
 * The first GitHub repository named in `text`, as https://github.com/owner/repo (no path, no
 * ".git", no trailing punctuation), or null. The case is kept as written.
 */
export function findGithubUrl(text: string): string | null {
  for (const match of text.matchAll(LINK)) {
    const [whole, owner = "", rawRepo = ""] = match;
    // "foo.github.com/..." is someone's site, not github.com.
    const before = text[match.index - 1];
    if (before !== undefined && /[A-Za-z0-9.-]/.test(before) && !/^https?:|^www\./i.test(whole)) continue;
    if (NOT_OWNERS.has(owner.toLowerCase())) continue;
    const repo = cleanRepo(rawRepo);
    if (repo) return `https://github.com/${owner}/${repo}`;
  }
  return null;
}
