import { HttpError } from "@/lib/http/http-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { updateOwnSubscription } from "@/lib/subscriptions/update-own-subscription";
import { ownSubscriptionSchema } from "@/lib/validations/own-subscription";

/** Account settings: change the frequency of one's own digest, or unsubscribe. */
export const PATCH = mutationRoute({ body: ownSubscriptionSchema }, async ({ body, user }) => {
  if (!(await updateOwnSubscription(user.id, body))) throw new HttpError(404, "You have no digest subscription to change.");
  return Response.json({ ok: true });
});
