import { z } from "zod";

export const DIGEST_FREQUENCIES = ["daily", "weekly"] as const;
export type DigestFrequencyName = (typeof DIGEST_FREQUENCIES)[number];

/** Body of POST /api/subscriptions, shared by the feed's form, the settings form and the server. */
export const subscribeSchema = z.object({
  email: z
    .string({ error: "enter your email address" })
    .trim()
    .toLowerCase()
    .max(254, "must be at most 254 characters")
    .pipe(z.email({ error: "enter a valid email address, like ada@example.com" })),
  frequency: z.enum(DIGEST_FREQUENCIES, { error: "must be daily or weekly" }).default("daily"),
});

export type SubscribeInput = z.input<typeof subscribeSchema>;

/** Body of PATCH /api/me/subscription (account settings). */
export const ownSubscriptionSchema = z.union(
  [z.object({ frequency: z.enum(DIGEST_FREQUENCIES, { error: "must be daily or weekly" }) }), z.object({ unsubscribe: z.literal(true) })],
  { error: "give a frequency (daily or weekly) or unsubscribe: true" },
);
