import "server-only";
import { getDb } from "@/lib/db";

/** Whether the person chose reply emails (Settings). */
export async function getCommentEmails(userId: string): Promise<boolean> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { commentEmails: true } });
  return user?.commentEmails ?? false;
}
