import { z } from "zod";
import { unsubscribeResponseSchema } from "@/lib/api/subscriptions-schemas";
import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { isSubscriptionToken } from "@/lib/subscriptions/subscription-token";
import { unsubscribe } from "@/lib/subscriptions/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the URL in
 * the List-Unsubscribe header, token in the query. The unsubscribe page's button posts here too
 * (token and `page=1` in the form) and is redirected back to it. No cookies and no origin check
 * (a mail client posts from anywhere): the token is the key.
 */
export const POST = route(
  {
    crossSite: "allow",
    query: z.object({ token: z.string().optional() }),
    body: z.object({ token: z.string().optional(), page: z.string().optional() }),
    bodyType: "form",
    response: unsubscribeResponseSchema,
  },
  async ({ query, body }) => {
    const token = query.token ?? body.token;
    if (!isSubscriptionToken(token)) throw new HttpError(400, "token: this unsubscribe link is not complete");
    const found = await unsubscribe(token);
    if (body.page === "1") return redirectTo(found ? "/unsubscribe?done=1" : "/unsubscribe?invalid=1");
    if (!found) throw new HttpError(404, "this unsubscribe link is not valid");
    return { unsubscribed: true as const };
  },
);
