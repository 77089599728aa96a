import { alertRowSelect, type AlertRow } from "@/lib/alerts/alert-view";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** One person's alerts, newest first (at most MAX_ALERTS_PER_PERSON, so no paging). */
export function listAlerts(db: PrismaClient, ownerId: string): Promise<AlertRow[]> {
  return db.alert.findMany({ where: { ownerId }, select: alertRowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}
