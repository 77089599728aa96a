import "server-only";
import { getDb } from "@/lib/db";
import { isAdminSql } from "@/lib/moderation/is-admin-sql";

export type SetUserSuspendedResult = { status: "ok"; changed: boolean } | { status: "not-found" } | { status: "forbidden" };

/**
 * Suspends an account (or lifts it), by a moderator: the check is in the statement, and nobody
 * suspends themselves. Suspending bumps sessionVersion in the same statement, so every session
 * cookie the account holds stops working at once on every server (auth.ts compares it on each use).
 */
export async function setUserSuspended(input: {
  userId: string;
  actorId: string;
  suspended: boolean;
  reason?: string | null;
}): Promise<SetUserSuspendedResult> {
  const db = getDb();
  const changed = await db.$executeRaw`
    UPDATE "User" SET
      "suspendedAt" = CASE WHEN ${input.suspended} THEN now() AT TIME ZONE 'UTC' ELSE NULL END,
      "suspendedReason" = CASE WHEN ${input.suspended} THEN ${input.reason ?? null} ELSE NULL END,
      "sessionVersion" = "sessionVersion" + CASE WHEN ${input.suspended} THEN 1 ELSE 0 END
    WHERE "id" = ${input.userId} AND "id" <> ${input.actorId} AND ("suspendedAt" IS NULL) = ${input.suspended}
      AND ${isAdminSql(input.actorId)}`;
  if (changed === 1) return { status: "ok", changed: true };
  const [row] = await db.$queryRaw<{ admin: boolean; exists: boolean }[]>`
    SELECT ${isAdminSql(input.actorId)} AS "admin", EXISTS (SELECT 1 FROM "User" WHERE "id" = ${input.userId}) AS "exists"`;
  if (!row?.exists) return { status: "not-found" };
  if (!row.admin || input.userId === input.actorId) return { status: "forbidden" };
  return { status: "ok", changed: false };
}
