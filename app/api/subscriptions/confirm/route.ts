import { z } from "zod";
import { route } from "@/lib/http/route";
import { confirmSubscription } from "@/lib/subscriptions/confirm-subscription";
import { isSubscriptionToken } from "@/lib/subscriptions/subscription-token";
import { DIGEST_FREQUENCIES } from "@/lib/validations/subscribe";

const INCOMPLETE = "this confirmation link is not complete; open the link from the email again";

const confirmFormSchema = z.object({
  token: z.string({ error: INCOMPLETE }).refine(isSubscriptionToken, INCOMPLETE),
  // The page offers both; anything else is the default rather than an error page.
  frequency: z.enum(DIGEST_FREQUENCIES).catch("daily"),
});

/**
 * The confirmation page's form posts here (a POST, so that mail scanners following the emailed
 * link cannot confirm on their own). Answers with a redirect to the page that says what happened.
 */
export const POST = route({ body: confirmFormSchema, bodyType: "form" }, async ({ body }) => {
  const confirmed = await confirmSubscription(body.token, body.frequency);
  const result = confirmed ? `confirmed=${confirmed.frequency}` : "invalid=1";
  return new Response(null, { status: 303, headers: { Location: `/subscribe/confirm?${result}` } });
});
