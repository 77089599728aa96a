import { after } from "next/server";
import { subscribeResponseSchema } from "@/lib/api/subscriptions-schemas";
import { confirmationEmail } from "@/lib/digest/confirmation-email";
import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";
import { reply, route } from "@/lib/http/route";
import { getMailTransport } from "@/lib/mail/get-mail-transport";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestSubscription } from "@/lib/subscriptions/request-subscription";
import { subscribeSchema } from "@/lib/validations/subscribe";

// The same answer whatever the address's state: the response never tells whether it is subscribed.
const ACCEPTED = { message: "Check your inbox: we sent you a link to confirm." };

/**
 * Asks for the digest by email (double opt-in): records the request and emails a confirmation
 * link. Signed in with the address's verified email, the subscription is linked to the person (for
 * the settings page).
 */
export const POST = route(
  { auth: "optional", body: subscribeSchema, rateLimit: "subscribeIp", response: subscribeResponseSchema },
  async ({ body, user }) => {
    if (!env.SMTP_URL) throw new HttpError(503, "Email digests are not set up on this server yet.");
    // Past its limit, an address silently gets no more confirmations for a while.
    if ((await consumeRateLimit("subscribeEmail", `email:${body.email}`)) !== null) return reply(ACCEPTED, { status: 202 });
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
    return reply(ACCEPTED, { status: 202 });
  },
);
