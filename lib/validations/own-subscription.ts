import { z } from "zod";
import { DIGEST_FREQUENCIES } from "@/lib/validations/subscribe";

/** Body of PATCH /api/me/subscription (account settings). */
export const ownSubscriptionSchema = z.union(
  [z.object({ frequency: z.enum(DIGEST_FREQUENCIES, { error: "must be daily or weekly" }) }), z.object({ unsubscribe: z.literal(true) })],
  { error: "give a frequency (daily or weekly) or unsubscribe: true" },
);
