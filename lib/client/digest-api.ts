// The email digest, as the browser calls it.
import type { OwnSubscriptionResponse, SubscribeResponse } from "@/lib/api/subscriptions-schemas";
import { fetchJson } from "@/lib/client/fetch-json";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

export const digestApi = {
  /** Asks for the digest (double opt-in); answers the sentence to show, the same whatever the address. */
  subscribe: (body: { email: string; frequency: DigestFrequencyName }) =>
    fetchJson<SubscribeResponse>("/api/subscriptions", { method: "POST", body }).then((r) => r.message),
  /** The signed-in reader's own subscription: another frequency, or none. */
  update: (body: { frequency: DigestFrequencyName } | { unsubscribe: true }) =>
    fetchJson<OwnSubscriptionResponse>("/api/me/subscription", { method: "PATCH", body }),
};
