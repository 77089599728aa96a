import { env } from "@/lib/env.js";

/**
 * Whether a state-changing request comes from our own pages. Browsers send `Origin` with every
 * cross-origin request and with same-origin non-GET fetches; `Sec-Fetch-Site` backs it up.
 * A request with neither comes from a program (curl, a script), which cookies-based CSRF
 * cannot involve, so it is allowed.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null || origin === "") {
    const site = request.headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, some redirects) or garbage
  }
  const allowed = new Set([new URL(env.APP_URL).host]);
  for (const header of ["x-forwarded-host", "host"]) {
    const value = request.headers.get(header)?.split(",")[0]?.trim();
    if (value) allowed.add(value);
  }
  return allowed.has(host);
}
