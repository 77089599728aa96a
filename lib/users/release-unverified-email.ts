import "server-only";
import { getDb } from "@/lib/db";

/**
 * Takes `email` back from a password account that never proved it reads that address, for its
 * proven owner (an OAuth provider vouched for it, or they followed a RELEASE link). The account
 * keeps everything else; the address is remembered only to tell its owner why it no longer signs
 * in, and its sessions end. `userId` narrows it to one account (the one a link was made for).
 * One statement, so it cannot race with the account confirming the address. Answers whether an
 * account lost the address.
 */
export async function releaseUnverifiedEmail(email: string, userId?: string): Promise<boolean> {
  const released = await getDb().$queryRaw<{ id: string }[]>`
    WITH released AS (
      UPDATE "User"
      SET "releasedEmail" = "email", "email" = NULL, "releasedAt" = now() AT TIME ZONE 'UTC',
          "sessionVersion" = "sessionVersion" + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "email" = ${email} AND "passwordHash" IS NOT NULL AND "emailVerified" IS NULL
        AND (${userId ?? null}::text IS NULL OR "id" = ${userId ?? null}::text)
      RETURNING "id"
    ), forgotten AS (
      DELETE FROM "EmailToken" WHERE "userId" IN (SELECT "id" FROM released)
    )
    SELECT "id" FROM released`;
  return released.length > 0;
}
