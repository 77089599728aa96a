import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Stops following: the alert, its feed and the inbox items only it brought go. Scoped by owner in
 * the statement itself, so someone else's alert id deletes nothing (and answers "not found").
 */
export async function deleteAlert(db: PrismaClient, ownerId: string, alertId: string): Promise<boolean> {
  const { count } = await db.alert.deleteMany({ where: { id: alertId, ownerId } });
  return count > 0;
}
