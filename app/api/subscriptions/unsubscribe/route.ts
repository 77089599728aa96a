import { jsonError } from "@/lib/http/json-error";
import { isSubscriptionToken } from "@/lib/subscriptions/subscription-token";
import { unsubscribe } from "@/lib/subscriptions/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the URL in
 * the List-Unsubscribe header, token in the query. The unsubscribe page's button posts here too
 * (with `page=1`) and is redirected back to it. No cookies, no origin check: the token is the key.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const token = new URL(request.url).searchParams.get("token") ?? form?.get("token");
  if (!isSubscriptionToken(token)) return jsonError(400, "token: this unsubscribe link is not complete");
  const found = await unsubscribe(token);
  if (form?.get("page") === "1") {
    return new Response(null, { status: 303, headers: { Location: found ? "/unsubscribe?done=1" : "/unsubscribe?invalid=1" } });
  }
  return found ? Response.json({ unsubscribed: true }) : jsonError(404, "this unsubscribe link is not valid");
}
