import { after } from "next/server";
import { confirmationEmail } from "@/lib/digest/confirmation-email";
import { env } from "@/lib/env.js";
import { clientIp } from "@/lib/http/client-ip";
import { consumeLimit } from "@/lib/http/consume-limit";
import { jsonError } from "@/lib/http/json-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { getMailTransport } from "@/lib/mail/get-mail-transport";
import { requestSubscription } from "@/lib/subscriptions/request-subscription";
import { subscribeSchema } from "@/lib/validations/subscribe";

// The same answer whatever the address's state: the response never tells whether it is subscribed.
const ACCEPTED = { message: "Check your inbox: we sent you a link to confirm." };

/** Asks for the digest by email (double opt-in): records the request and emails a confirmation link. */
export const POST = mutationRoute({ body: subscribeSchema, auth: false }, async ({ request, body, user }) => {
  if (!env.SMTP_URL) return jsonError(503, "Email digests are not set up on this server yet.");
  const wait = await consumeLimit("subscribeIp", clientIp(request));
  if (wait !== null)
    return jsonError(429, `Too many subscribe requests from your network; try again in ${Math.ceil(wait / 60)} minutes.`, {
      "Retry-After": String(wait),
    });

  // Past its limit, an address silently gets no more confirmations for a while.
  if ((await consumeLimit("subscribeEmail", body.email)) !== null) return Response.json(ACCEPTED, { status: 202 });
  const answer = await requestSubscription(body.email, body.frequency, user?.id ?? null);
  // Sent after the response, so its timing cannot tell anything either.
  after(async () => {
    try {
      await getMailTransport().sendMail(
        confirmationEmail(answer, { to: body.email, from: env.MAIL_FROM, appUrl: env.APP_URL.replace(/\/$/, "") }),
      );
    } catch (error) {
      console.error(`Could not send the digest confirmation: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return Response.json(ACCEPTED, { status: 202 });
});
