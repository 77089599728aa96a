/**
 * arXiv identifiers, as people paste them: "2310.06825", "2310.06825v2", "arXiv:2310.06825",
 * abs/pdf/html URLs, Hugging Face paper URLs, and old-style ids like "hep-th/9901001" or
 * "math.GT/0309136". The result is versionless, because a paper is one row whatever its version.
 */

// New style since April 2007: YYMM.NNNN until 2014, YYMM.NNNNN from 2015.
const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(?:v\d+)?$/;
// Old style: archive, optional subject class (dropped: not part of the canonical id), YYMMNNN.
const OLD_STYLE = /^([a-z][a-z-]*)(?:\.[A-Za-z]{2})?\/(\d{2})(\d{2})(\d{3})(?:v\d+)?$/i;
const URL_PATH = /^\/(?:abs|pdf|html|papers)\/(.+?)(?:\.pdf)?\/?$/;
const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org", "huggingface.co"]);

function validNewStyle(yy: string, mm: string, number: string): boolean {
  const month = Number(mm);
  if (month < 1 || month > 12) return false;
  const yymm = Number(yy) * 100 + month;
  if (yymm < 704) return false;
  return number.length === (yymm >= 1501 ? 5 : 4);
}

function parseBareId(raw: string): string | null {
  const id = raw.replace(/^arxiv:/i, "");
  const modern = NEW_STYLE.exec(id);
  if (modern) {
    const [, yy = "", mm = "", number = ""] = modern;
    return validNewStyle(yy, mm, number) ? `${yy}${mm}.${number}` : null;
  }
  const old = OLD_STYLE.exec(id);
  if (old) {
    const [, archive = "", yy = "", mm = "", number = ""] = old;
    const month = Number(mm);
    // Old-style ids ran from 1991 to March 2007.
    const year = Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy);
    if (month < 1 || month > 12 || year > 2007) return null;
    return `${archive.toLowerCase()}/${yy}${mm}${number}`;
  }
  return null;
}

/** The versionless arXiv id in `input`, or null when it is not one. */
export function parseArxivId(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 300) return null;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (!ARXIV_HOSTS.has(url.hostname.toLowerCase())) return null;
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape ("%E0%A4%A", a lone "%") is not an id, and the person pasted it: a 400, not a crash.
      return null;
    }
    const match = URL_PATH.exec(pathname);
    return match?.[1] ? parseBareId(match[1]) : null;
  }
  return parseBareId(text);
}

/** The canonical abstract page of an arXiv paper. */
export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}
