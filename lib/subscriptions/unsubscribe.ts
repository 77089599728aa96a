import "server-only";
import { getDb } from "@/lib/db";

/** Follows an unsubscribe link (or one-click POST). Idempotent; false for an unknown token. */
export async function unsubscribe(unsubscribeToken: string): Promise<boolean> {
  const { count } = await getDb().subscription.updateMany({ where: { unsubscribeToken }, data: { status: "UNSUBSCRIBED" } });
  return count > 0;
}
