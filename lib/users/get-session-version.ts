import "server-only";
import { getDb } from "@/lib/db";

/** The account's current session version, or null when there is no such account. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}
