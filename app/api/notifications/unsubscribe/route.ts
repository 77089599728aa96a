import { z } from "zod";
import { unsubscribeResponseSchema } from "@/lib/api/subscriptions-schemas";
import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { unsubscribeCommentEmails } from "@/lib/notifications/unsubscribe-comment-emails";

const TOKEN = /^[0-9a-f-]{36}$/;

/**
 * One-click unsubscribe (RFC 8058) from the reply and comment emails: mail clients POST
 * `List-Unsubscribe=One-Click` here, token in the query; the unsubscribe page's button posts here
 * too (`page=1`) and goes back to it. No cookies and no origin check, as the digest's: the token is
 * the key.
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
    if (!token || !TOKEN.test(token)) throw new HttpError(400, "token: this unsubscribe link is not complete");
    const found = await unsubscribeCommentEmails(token);
    if (body.page === "1") return redirectTo(found ? "/unsubscribe/comments?done=1" : "/unsubscribe/comments?invalid=1");
    if (!found) throw new HttpError(404, "this unsubscribe link is not valid");
    return { unsubscribed: true as const };
  },
);
