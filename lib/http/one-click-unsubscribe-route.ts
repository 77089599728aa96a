import { z } from "zod";
import { unsubscribeResponseSchema } from "@/lib/api/subscriptions-schemas";
import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";

/**
 * An email's one-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to
 * the URL in the List-Unsubscribe header, token in the query; the unsubscribe page's button posts
 * too (token and `page=1` in the form) and goes back to `page` with `done=1` or `invalid=1`. No
 * cookies and no origin check (a mail client posts from anywhere): the token is the key.
 */
export function oneClickUnsubscribeRoute({
  isToken,
  unsubscribe,
  page,
}: {
  isToken: (token: string | undefined) => token is string;
  /** Whether the token named someone to unsubscribe. */
  unsubscribe: (token: string) => Promise<boolean>;
  page: string;
}) {
  return route(
    {
      crossSite: "allow",
      query: z.object({ token: z.string().optional() }),
      body: z.object({ token: z.string().optional(), page: z.string().optional() }),
      bodyType: "form",
      response: unsubscribeResponseSchema,
    },
    async ({ query, body }) => {
      const token = query.token ?? body.token;
      if (!isToken(token)) throw new HttpError(400, "token: this unsubscribe link is not complete");
      const found = await unsubscribe(token);
      if (body.page === "1") return redirectTo(`${page}?${found ? "done" : "invalid"}=1`);
      if (!found) throw new HttpError(404, "this unsubscribe link is not valid");
      return { unsubscribed: true as const };
    },
  );
}
