import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";

/**
 * Where a form posted by one of our pages goes back to: the page it was posted from, which the
 * browser names in `Referer` (our Referrer-Policy sends the full URL to our own origin), at
 * `fragment` so the reader lands on the card they pressed. Only the path is kept, through the
 * same check as every redirect; without a usable Referer, `fallback`.
 */
export function pageBackHref(request: Request, fallback: string, fragment?: string): string {
  const referer = request.headers.get("referer");
  let path = fallback;
  if (referer) {
    try {
      const url = new URL(referer);
      path = safeRedirectPath(`${url.pathname}${url.search}`);
    } catch {
      // Not a URL: go to the fallback.
    }
  }
  return fragment ? `${path}#${encodeURIComponent(fragment)}` : path;
}
