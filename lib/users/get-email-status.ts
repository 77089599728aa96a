import "server-only";
import { getDb } from "@/lib/db";

/** The account's address and whether its owner proved it (null when the account has none). */
export async function getEmailStatus(userId: string): Promise<{ email: string | null; verified: boolean; hasPassword: boolean }> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true, passwordHash: true } });
  return { email: user?.email ?? null, verified: Boolean(user?.emailVerified), hasPassword: Boolean(user?.passwordHash) };
}
