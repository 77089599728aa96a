/**
 * A link from a third party (Hugging Face's submitters, arXiv abstracts) as the app may show it.
 * Ingestion is meant to store only web addresses, but a `javascript:` or `data:` URL that slipped
 * into the database would run in our origin when clicked, so every read checks again: anything
 * that does not parse as an http(s) URL without credentials becomes null and is never rendered
 * or served.
 */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // user:password@ can make a link read as one host and lead to another.
  if (url.username || url.password) return null;
  return url.href;
}
