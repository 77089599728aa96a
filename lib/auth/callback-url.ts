// Where to go after signing in: a same-site path carried in /signin?callbackUrl=….

/** The sign-in page, coming back to `back` (a path with its query string) afterwards. */
export function signInHref(back: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(back)}`;
}

/** Only same-site paths, so a crafted link cannot send someone elsewhere after signing in. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
