import type { AlertRow } from "@/lib/alerts/alert-view";
import { newFeedToken } from "@/lib/alerts/create-alert";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Gives the alert's feed a new secret address; the old one answers 404 from then on. One UPDATE
 * scoped by owner: null when the person has no such alert.
 */
export async function revokeAlertToken(db: PrismaClient, ownerId: string, alertId: string): Promise<AlertRow | null> {
  const [row] = await db.$queryRaw<AlertRow[]>`
    UPDATE "Alert" SET "feedToken" = ${newFeedToken()} WHERE "id" = ${alertId} AND "ownerId" = ${ownerId}
    RETURNING "id", "kind", "query", "hasCode", "feedToken", "createdAt"`;
  return row ?? null;
}
