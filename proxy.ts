import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isCollectionPageVisible } from "@/lib/collections/read";
import { env } from "@/lib/env.js";

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
 * Collection pages answer "not found" with a real 404 status. They are rendered per request and
 * stream (the root loading skeleton starts the response with 200), so the check that decides 404
 * runs here, before rendering: someone else's private collection, a stopped or regenerated share
 * link, a deleted collection. The pages check again when they read. Other paths never come here.
 */
export async function proxy(request: NextRequest) {
  const [, section, key = ""] = request.nextUrl.pathname.split("/");
  const visible = await isCollectionPageVisible(section === "c" ? { token: key } : { id: key, viewerId: await viewerId(request) });
  // No route has this path, so Next answers with the not-found page and a 404 status.
  return visible ? NextResponse.next() : NextResponse.rewrite(new URL("/_not-found-collection", request.url));
}

export const config = { matcher: ["/c/:token", "/collections/:id"] };
