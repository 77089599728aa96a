// Runs in the browser and on the server alike: no server-only imports.

// Stands in for our origin when none is given: only paths can resolve onto it.
const PLACEHOLDER_ORIGIN = "https://papershelf.invalid";

// Browsers drop tabs and newlines from URLs and some treat a backslash as a slash, so
// "/\t/evil.example" and "/\\evil.example" become "//evil.example", another site. No path we
// link to has control characters, backslashes or invisible and exotic spaces unencoded, so any of
// them means "refuse". (A plain space is harmless: URL parsing encodes it.)
const UNSAFE_RAW = /[\u0000-\u001f\u007f-\u00a0\\\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/;
// In the path, even percent-encoded, in case anything decodes it once more before navigating.
const UNSAFE_DECODED_PATH = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * The redirect target to use for `value`: a path (with query and fragment) on our own origin,
 * or "/" for anything else. `value` may be a path or, when `appOrigin` is given, an absolute URL
 * of that origin. Every redirect target the app accepts from a request goes through here.
 */
export function safeRedirectPath(value: string | null | undefined, appOrigin?: string): string {
  if (typeof value !== "string" || value === "" || value.length > 2048 || UNSAFE_RAW.test(value)) return "/";
  if (!value.startsWith("/") && !(appOrigin && /^https?:\/\//i.test(value))) return "/";
  const origin = appOrigin ? new URL(appOrigin).origin : PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  if (url.origin !== origin || url.pathname.startsWith("//") || !isSafeDecodedPath(url.pathname)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

function isSafeDecodedPath(path: string): boolean {
  let current = path;
  for (let round = 0; round < 3; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (UNSAFE_DECODED_PATH.test(decoded) || decoded.startsWith("//")) return false;
    if (decoded === current) return true;
    current = decoded;
  }
  return true;
}
