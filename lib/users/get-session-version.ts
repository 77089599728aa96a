import "server-only";
import { getDb } from "@/lib/db";

/**
 * The account's current session version, or null when there is no such account or it is suspended:
 * either way no session cookie of it is valid (auth.ts), including one made by signing in again.
 */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true, suspendedAt: true } });
  return user && !user.suspendedAt ? user.sessionVersion : null;
}
