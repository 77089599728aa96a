import { jsonError } from "@/lib/http/json-error";
import { confirmSubscription } from "@/lib/subscriptions/confirm-subscription";
import { isSubscriptionToken } from "@/lib/subscriptions/subscription-token";
import { DIGEST_FREQUENCIES, type DigestFrequencyName } from "@/lib/validations/subscribe";

/**
 * The confirmation page's form posts here (a POST, so that mail scanners following the emailed
 * link cannot confirm on their own). Answers with a redirect to the page that says what happened.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  const frequency = form?.get("frequency");
  if (!isSubscriptionToken(token))
    return jsonError(400, "token: this confirmation link is not complete; open the link from the email again");
  const chosen: DigestFrequencyName = DIGEST_FREQUENCIES.includes(frequency as DigestFrequencyName)
    ? (frequency as DigestFrequencyName)
    : "daily";
  const confirmed = await confirmSubscription(token, chosen);
  const result = confirmed ? `confirmed=${confirmed.frequency}` : "invalid=1";
  return new Response(null, { status: 303, headers: { Location: `/subscribe/confirm?${result}` } });
}
