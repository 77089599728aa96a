import "server-only";
import { getDb } from "@/lib/db";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/** Follows a confirmation link: the subscription becomes ACTIVE (at `frequency`). Null for an unknown token. */
export async function confirmSubscription(
  confirmToken: string,
  frequency: DigestFrequencyName,
): Promise<{ email: string; frequency: DigestFrequencyName } | null> {
  const rows = await getDb().$queryRaw<{ email: string; frequency: "DAILY" | "WEEKLY" }[]>`
    UPDATE "Subscription"
    SET "status" = 'ACTIVE', "frequency" = ${frequency === "weekly" ? "WEEKLY" : "DAILY"}::"DigestFrequency", "confirmedAt" = COALESCE("confirmedAt", now() AT TIME ZONE 'UTC')
    WHERE "confirmToken" = ${confirmToken}
    RETURNING "email", "frequency"`;
  const row = rows[0];
  return row ? { email: row.email, frequency: row.frequency === "WEEKLY" ? "weekly" : "daily" } : null;
}
