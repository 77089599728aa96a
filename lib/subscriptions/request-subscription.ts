import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { subscriptionToken } from "@/lib/subscriptions/subscription-token";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/** What the requester's inbox gets: a link to confirm, or (already subscribed) a reminder with a way out. */
export type SubscriptionRequest =
  | { kind: "confirm"; confirmToken: string; frequency: DigestFrequencyName }
  | { kind: "already-active"; unsubscribeToken: string; frequency: DigestFrequencyName };

/**
 * Records a request to get the digest at `email`. The answer to the requester is the same whatever
 * the address's state (the route says "check your inbox"); only the address's owner learns more,
 * by email. A new, pending or unsubscribed address becomes PENDING with a fresh confirmation token
 * (older links stop working); an ACTIVE one is left as it is. The subscription is linked to the
 * signed-in requester only when the address is their own verified email, so nobody can attach a
 * stranger's address to their account and watch its state in Settings.
 * One statement, so two requests at once cannot create two rows.
 */
export async function requestSubscription(
  email: string,
  frequency: DigestFrequencyName,
  userId: string | null,
): Promise<SubscriptionRequest> {
  const freq = frequency === "weekly" ? "WEEKLY" : "DAILY";
  const rows = await getDb().$queryRaw<{ status: string; confirmToken: string; unsubscribeToken: string; frequency: "DAILY" | "WEEKLY" }[]>`
    WITH "owner" AS (
      SELECT "id" FROM "User" WHERE "id" = ${userId} AND lower("email") = lower(${email}) AND "emailVerified" IS NOT NULL
    )
    INSERT INTO "Subscription" ("id", "email", "userId", "frequency", "status", "confirmToken", "confirmRequestedAt", "unsubscribeToken")
    VALUES (${randomUUID()}, ${email}, (SELECT "id" FROM "owner"), ${freq}::"DigestFrequency", 'PENDING', ${subscriptionToken()}, now() AT TIME ZONE 'UTC', ${subscriptionToken()})
    ON CONFLICT ("email") DO UPDATE SET
      "frequency" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN "Subscription"."frequency" ELSE EXCLUDED."frequency" END,
      "status" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN 'ACTIVE'::"SubscriptionStatus" ELSE 'PENDING'::"SubscriptionStatus" END,
      "confirmToken" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN "Subscription"."confirmToken" ELSE EXCLUDED."confirmToken" END,
      "confirmRequestedAt" = CASE WHEN "Subscription"."status" = 'ACTIVE' THEN "Subscription"."confirmRequestedAt" ELSE EXCLUDED."confirmRequestedAt" END,
      "userId" = COALESCE("Subscription"."userId", EXCLUDED."userId")
    RETURNING "status", "confirmToken", "unsubscribeToken", "frequency"`;
  const row = rows[0]!;
  const chosen: DigestFrequencyName = row.frequency === "WEEKLY" ? "weekly" : "daily";
  return row.status === "ACTIVE"
    ? { kind: "already-active", unsubscribeToken: row.unsubscribeToken, frequency: chosen }
    : { kind: "confirm", confirmToken: row.confirmToken, frequency: chosen };
}
