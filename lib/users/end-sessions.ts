import "server-only";
import { getDb } from "@/lib/db";

/** Ends every session of the account, on every device: cookies issued before now stop working. */
export async function endSessions(userId: string): Promise<void> {
  await getDb().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
