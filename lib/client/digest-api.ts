// The email digest, as the browser calls it.
import { fetchJson } from "@/lib/client/fetch-json";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

export const digestApi = {
  /** Asks for the digest (double opt-in); answers the sentence to show, the same whatever the address. */
  subscribe: (body: { email: string; frequency: DigestFrequencyName }) =>
    fetchJson<{ message: string }>("/api/subscriptions", { method: "POST", body }).then((r) => r.message),
  /** The signed-in reader's own subscription: another frequency, or none. */
  update: (body: { frequency: DigestFrequencyName } | { unsubscribe: true }) =>
    fetchJson<{ ok: true }>("/api/me/subscription", { method: "PATCH", body }),
};
