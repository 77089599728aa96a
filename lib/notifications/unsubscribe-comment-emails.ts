import "server-only";
import { getDb } from "@/lib/db";

/** The emails' one-click unsubscribe: the token is the key; true when it named an account. Twice is fine. */
export async function unsubscribeCommentEmails(token: string): Promise<boolean> {
  const changed = await getDb().user.updateMany({ where: { commentEmailToken: token }, data: { commentEmails: false } });
  return changed.count === 1;
}
