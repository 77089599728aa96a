import { z } from "zod";

/** Answers of the digest subscription routes. */

/** POST /api/subscriptions (202): the same answer whatever the address's state. */
export const subscribeResponseSchema = z.strictObject({ message: z.string() });
export type SubscribeResponse = z.infer<typeof subscribeResponseSchema>;

/** POST /api/subscriptions/unsubscribe (one-click, RFC 8058). */
export const unsubscribeResponseSchema = z.strictObject({ unsubscribed: z.literal(true) });
export type UnsubscribeResponse = z.infer<typeof unsubscribeResponseSchema>;

/** PATCH /api/me/subscription (account settings). */
export const ownSubscriptionResponseSchema = z.strictObject({ ok: z.literal(true) });
export type OwnSubscriptionResponse = z.infer<typeof ownSubscriptionResponseSchema>;
