import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { subscriptionToken } from "@/lib/subscriptions/subscription-token";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/**
 * Records a request to get the digest at `email` and returns the token its confirmation link
 * needs. The same thing happens whatever the address's state, so nothing reveals whether it is
 * subscribed: a new or unsubscribed address becomes PENDING; a PENDING one keeps its token; an
 * ACTIVE one stays ACTIVE with its frequency until the emailed link is followed (which can then
 * switch the frequency). One statement, so two requests at once cannot create two rows.
 */
export async function requestSubscription(
  email: string,
  frequency: DigestFrequencyName,
  userId: string | null,
): Promise<{ confirmToken: string }> {
  const freq = frequency === "weekly" ? "WEEKLY" : "DAILY";
  const rows = await getDb().$queryRaw<{ confirmToken: string }[]>`
    INSERT INTO "Subscription" ("id", "email", "userId", "frequency", "status", "confirmToken", "unsubscribeToken")
    VALUES (${randomUUID()}, ${email}, ${userId}, ${freq}::"DigestFrequency", 'PENDING', ${subscriptionToken()}, ${subscriptionToken()})
    ON CONFLICT ("email") DO UPDATE SET
      "frequency" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN "Subscription"."frequency" ELSE EXCLUDED."frequency" END,
      "status" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN 'ACTIVE'::"SubscriptionStatus" ELSE 'PENDING'::"SubscriptionStatus" END,
      -- Linking an ACTIVE address to whoever asked would show them it is subscribed.
      "userId" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN "Subscription"."userId" ELSE COALESCE("Subscription"."userId", EXCLUDED."userId") END
    RETURNING "confirmToken"`;
  return rows[0]!;
}
