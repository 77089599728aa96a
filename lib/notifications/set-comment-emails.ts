import "server-only";
import { getDb } from "@/lib/db";

/** Settings' choice, for the signed-in person (scoped by them in the statement). */
export async function setCommentEmails(userId: string, on: boolean): Promise<void> {
  await getDb().user.updateMany({ where: { id: userId }, data: { commentEmails: on } });
}
