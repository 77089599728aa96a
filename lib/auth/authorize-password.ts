import "server-only";
import { currentAuthRequest } from "@/lib/auth/auth-request";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { startSignInAttempt } from "@/lib/auth/sign-in-limits";
import { findReleasedAccount } from "@/lib/users/find-released-account";
import { findUserForSignIn } from "@/lib/users/find-user-for-sign-in";
import { signInSchema } from "@/lib/validations/credentials";

export const EMAIL_RELEASED_MESSAGE =
  "This email address now belongs to another account: its owner proved it is theirs, and this account never confirmed it. " +
  "Your account and its collections are kept, but it no longer signs in with this address.";

/**
 * Auth.js's `authorize` for email and password: exactly the values Auth.js parsed are limited and
 * checked. Answers null for any refusal; a refusal with its own message (429 over the limits, 403
 * for an address that was taken back) is left in the request state for our route to send.
 */
export async function authorizePassword(input: unknown): Promise<{ id: string; email: string | null; name: string | null } | null> {
  const request = currentAuthRequest();
  // Only our route sets the state; without it there is no address to limit, so no sign-in.
  if (!request) return null;
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const attempt = await startSignInAttempt(email, request.address);
  if (!attempt.allowed) {
    request.refusal = { status: 429, message: attempt.message, retryAfterSeconds: attempt.retryAfterSeconds };
    return null;
  }
  // Both lookups and one hash whatever the answer, so the time taken does not tell which it was.
  const [user, released] = await Promise.all([findUserForSignIn(email), findReleasedAccount(email)]);
  const candidate = user?.passwordHash ? user : null;
  const ok = await verifyPassword(password, candidate?.passwordHash ?? released?.passwordHash ?? (await dummyPasswordHash()));
  // Suspended (lib/moderation/): said only to someone who knows the password; no session would hold anyway.
  if (candidate && ok && candidate.suspendedAt) {
    request.refusal = { status: 403, message: "Your account is suspended." };
    return null;
  }
  if (candidate && ok) {
    await attempt.succeeded();
    return { id: candidate.id, email: candidate.email, name: candidate.name ?? candidate.username };
  }
  if (!candidate && released && ok) request.refusal = { status: 403, message: EMAIL_RELEASED_MESSAGE };
  return null;
}
