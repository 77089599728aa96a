import { ownSubscriptionResponseSchema } from "@/lib/api/subscriptions-schemas";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { updateOwnSubscription } from "@/lib/subscriptions/update-own-subscription";
import { ownSubscriptionSchema } from "@/lib/validations/subscribe";

/** Account settings: change the frequency of one's own digest, or unsubscribe. */
export const PATCH = route(
  { auth: "required", body: ownSubscriptionSchema, response: ownSubscriptionResponseSchema },
  async ({ body, user }) => {
    if (!(await updateOwnSubscription(user.id, body))) throw new HttpError(404, "You have no digest subscription to change.");
    return { ok: true as const };
  },
);
