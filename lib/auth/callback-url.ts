// Where to go after signing in: a same-site path carried in /signin?callbackUrl=….
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";

/** The sign-in page, coming back to `back` (a path with its query string) afterwards. */
export function signInHref(back: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(back)}`;
}

/** Only paths on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function safeCallbackUrl(value: string | null | undefined): string {
  return safeRedirectPath(value);
}
