import "server-only";
import { markEmailVerified } from "@/lib/users/mark-email-verified";
import { consumeEmailToken } from "@/lib/users/consume-email-token";

export type VerifyEmailResult = "verified" | "invalid" | "expired";

/**
 * Follows a verification link as the signed-in account `userId`. Both are needed: the link proves
 * the mailbox, the session proves the password, so someone who only clicks a link they were sent
 * cannot confirm an address for an account a stranger created with it.
 */
export async function verifyEmail(userId: string, token: string): Promise<VerifyEmailResult> {
  const consumed = await consumeEmailToken("VERIFY", token, userId);
  if (consumed.status !== "consumed") return consumed.status;
  // The account may have lost the address since the link was sent.
  return (await markEmailVerified(userId, consumed.email)) ? "verified" : "invalid";
}
