import "server-only";
import { getDb } from "@/lib/db";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/**
 * Changes the signed-in person's own subscription: its frequency, or unsubscribes. Scoped by
 * userId in the query, so nobody reaches another's. A PENDING one stays PENDING: only the
 * emailed link confirms. Returns whether there was one to change.
 */
export async function updateOwnSubscription(
  userId: string,
  change: { frequency: DigestFrequencyName } | { unsubscribe: true },
): Promise<boolean> {
  const data =
    "unsubscribe" in change
      ? { status: "UNSUBSCRIBED" as const }
      : { frequency: change.frequency === "weekly" ? ("WEEKLY" as const) : ("DAILY" as const) };
  const { count } = await getDb().subscription.updateMany({ where: { userId, status: { not: "UNSUBSCRIBED" } }, data });
  return count > 0;
}
