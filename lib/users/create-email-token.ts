import "server-only";
import { EMAIL_TOKEN_LIFETIME_MS, newEmailToken } from "@/lib/auth/email-token";
import { getDb } from "@/lib/db";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/client";

/**
 * A new emailed link for `email` and account `userId`; earlier links of the same purpose stop
 * working, so only the latest email counts. Answers the token, which is stored only as a hash.
 */
export async function createEmailToken(purpose: EmailTokenPurpose, userId: string, email: string): Promise<string> {
  const { token, tokenHash } = newEmailToken();
  const db = getDb();
  await db.$transaction([
    db.emailToken.deleteMany({ where: { userId, purpose } }),
    db.emailToken.create({ data: { tokenHash, purpose, userId, email, expires: new Date(Date.now() + EMAIL_TOKEN_LIFETIME_MS) } }),
  ]);
  return token;
}
