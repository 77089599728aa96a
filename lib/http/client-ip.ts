/**
 * The client's address for rate limits: the rightmost `X-Forwarded-For` entry, which is the one
 * the nearest proxy added (Next sets the header to the socket address when no proxy did).
 * Behind a reverse proxy that appends to the header, a client cannot forge it.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || request.headers.get("x-real-ip") || "unknown";
}
