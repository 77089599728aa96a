import "server-only";
import { getDb } from "@/lib/db";

/** Records that the account's owner proved they read `email`, if it is still the account's address. */
export async function markEmailVerified(userId: string, email: string): Promise<boolean> {
  const { count } = await getDb().user.updateMany({
    where: { id: userId, email, emailVerified: null },
    data: { emailVerified: new Date() },
  });
  return count > 0;
}
