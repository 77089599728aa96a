import "server-only";
import { hashEmailToken } from "@/lib/auth/email-token";
import { getDb } from "@/lib/db";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/client";

export type ConsumedEmailToken = { status: "consumed"; userId: string; email: string } | { status: "invalid" } | { status: "expired" };

/**
 * Uses up an emailed link. It is deleted by the statement that reads it, so it works once even
 * when followed twice at the same moment. `userId` restricts it to that account's links: a
 * verification link works only for the account it was sent for, and nobody else can use it up.
 */
export async function consumeEmailToken(purpose: EmailTokenPurpose, token: string, userId?: string): Promise<ConsumedEmailToken> {
  const rows = await getDb().$queryRaw<{ userId: string; email: string; expires: Date }[]>`
    DELETE FROM "EmailToken"
    WHERE "tokenHash" = ${hashEmailToken(token)} AND "purpose" = ${purpose}::"EmailTokenPurpose"
      AND (${userId ?? null}::text IS NULL OR "userId" = ${userId ?? null}::text)
    RETURNING "userId", "email", "expires"`;
  const row = rows[0];
  if (!row) return { status: "invalid" };
  if (row.expires.getTime() <= Date.now()) return { status: "expired" };
  return { status: "consumed", userId: row.userId, email: row.email };
}
