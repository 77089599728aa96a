import "server-only";
import { getDb } from "@/lib/db";
import { subscriptionToken } from "@/lib/subscriptions/subscription-token";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/** How long a confirmation link works after it was asked for. */
export const CONFIRMATION_LINK_HOURS = 48;

/**
 * Follows a confirmation link: a PENDING subscription becomes ACTIVE (at `frequency`). Only the
 * newest link works, only for two days, and only once: confirming rotates the token, so an old
 * email cannot resubscribe someone who has since unsubscribed. Null for any other token.
 */
export async function confirmSubscription(
  confirmToken: string,
  frequency: DigestFrequencyName,
): Promise<{ email: string; frequency: DigestFrequencyName } | null> {
  const rows = await getDb().$queryRaw<{ email: string; frequency: "DAILY" | "WEEKLY" }[]>`
    UPDATE "Subscription"
    SET "status" = 'ACTIVE', "frequency" = ${frequency === "weekly" ? "WEEKLY" : "DAILY"}::"DigestFrequency",
        "confirmedAt" = COALESCE("confirmedAt", now() AT TIME ZONE 'UTC'), "confirmToken" = ${subscriptionToken()}
    WHERE "confirmToken" = ${confirmToken} AND "status" = 'PENDING'
      AND "confirmRequestedAt" > (now() AT TIME ZONE 'UTC') - make_interval(hours => ${CONFIRMATION_LINK_HOURS})
    RETURNING "email", "frequency"`;
  const row = rows[0];
  return row ? { email: row.email, frequency: row.frequency === "WEEKLY" ? "weekly" : "daily" } : null;
}
