import "server-only";
import { getDb } from "@/lib/db";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

export type DigestSettings = {
  accountEmail: string | null;
  /** The subscription this account asked for, if any; never looked up by email, which would reveal other people's. */
  subscription: { email: string; frequency: DigestFrequencyName; status: "PENDING" | "ACTIVE" | "UNSUBSCRIBED" } | null;
};

export async function getDigestSettings(userId: string): Promise<DigestSettings> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      subscriptions: { orderBy: { createdAt: "desc" }, take: 1, select: { email: true, frequency: true, status: true } },
    },
  });
  const row = user?.subscriptions[0];
  return {
    accountEmail: user?.email ?? null,
    subscription: row ? { email: row.email, status: row.status, frequency: row.frequency === "WEEKLY" ? "weekly" : "daily" } : null,
  };
}
