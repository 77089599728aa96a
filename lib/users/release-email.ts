import "server-only";
import { releaseUnverifiedEmail } from "@/lib/users/release-unverified-email";
import { consumeEmailToken } from "@/lib/users/consume-email-token";

export type ReleaseEmailResult = "released" | "invalid" | "expired";

/** Follows a RELEASE link: the address's owner takes it back from the unverified account it names. */
export async function releaseEmail(token: string): Promise<ReleaseEmailResult> {
  const consumed = await consumeEmailToken("RELEASE", token);
  if (consumed.status !== "consumed") return consumed.status;
  // The account may have confirmed the address since (then it is theirs after all).
  return (await releaseUnverifiedEmail(consumed.email, consumed.userId)) ? "released" : "invalid";
}
