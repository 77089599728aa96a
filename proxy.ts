import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isCollectionPageVisible } from "@/lib/collections/read";
import { env } from "@/lib/env.js";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";

/** The signed-in person's id from the session cookie (a JWT; Auth.js names it __Secure-… over https). */
async function viewerId(request: NextRequest): Promise<string | null> {
  if (!env.AUTH_SECRET) return null;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
    if (token?.sub) return token.sub;
  }
  return null;
}

/**
 * The search page runs a ranked full-text query per request, like /api/papers/search, so it counts
 * against the same per-address limit. Over it, a short page says when to try again (429).
 */
async function limitSearch(request: NextRequest): Promise<NextResponse | null> {
  if (!request.nextUrl.searchParams.get("q")?.trim()) return null;
  const seconds = await consumeRateLimit("search", `ip:${clientIp(request)}`);
  if (seconds === null) return null;
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Too many searches</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><h1>Too many searches</h1><p>Your network has searched a lot in the last minute. Try again in ${seconds} seconds.</p><p><a href="/">Back to the feed</a></p></body></html>`;
  return new NextResponse(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(seconds), "Cache-Control": "no-store" },
  });
}

/**
 * Collection pages answer "not found" with a real 404 status. They are rendered per request and
 * stream (the root loading skeleton starts the response with 200), so the check that decides 404
 * runs here, before rendering: someone else's private collection, a stopped or regenerated share
 * link, a deleted collection. The pages check again when they read. Only these and /search come here.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/search") return (await limitSearch(request)) ?? NextResponse.next();
  const [, section, key = ""] = request.nextUrl.pathname.split("/");
  const visible = await isCollectionPageVisible(section === "c" ? { token: key } : { id: key, viewerId: await viewerId(request) });
  // No route has this path, so Next answers with the not-found page and a 404 status.
  return visible ? NextResponse.next() : NextResponse.rewrite(new URL("/_not-found-collection", request.url));
}

export const config = { matcher: ["/c/:token", "/collections/:id", "/search"] };
