import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type SuspendedUser = { id: string; username: string; suspendedAt: Date; reason: string | null };

/** Accounts under suspension, newest first: the moderators' way to lift one whose reports are gone. */
export async function listSuspendedUsers(db: PrismaClient, limit = 100): Promise<SuspendedUser[]> {
  const rows = await db.user.findMany({
    where: { suspendedAt: { not: null } },
    orderBy: { suspendedAt: "desc" },
    take: limit,
    select: { id: true, username: true, suspendedAt: true, suspendedReason: true },
  });
  return rows.map((u) => ({ id: u.id, username: u.username ?? u.id, suspendedAt: u.suspendedAt!, reason: u.suspendedReason }));
}
