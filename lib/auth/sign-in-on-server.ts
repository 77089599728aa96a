import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { runAuthRequest, type AuthRequestState } from "@/lib/auth/auth-request";
import { HttpError } from "@/lib/http/http-error";

/**
 * Signs in with email and password on the server and sets the session cookie, for a sign-in or
 * sign-up form posted before the page's script ran (or without script). Auth.js's own endpoint
 * wants a CSRF token that only the script fetches; here the route's same-origin check, which every
 * write passes, is the protection instead, and Auth.js runs the same authorize() with the same limits.
 *
 * False for a wrong email or password. Over the sign-in limits (429) or for a released address
 * (403), the refusal is thrown with its message, as the script-side sign-in shows it.
 */
export async function signInOnServer(address: string, email: string, password: string): Promise<boolean> {
  const state: AuthRequestState = { address };
  let signedIn = true;
  try {
    await runAuthRequest(state, () => signIn("credentials", { email, password, redirect: false }));
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    signedIn = false;
  }
  const refusal = state.refusal;
  if (refusal) {
    const headers = refusal.retryAfterSeconds ? { "Retry-After": String(refusal.retryAfterSeconds) } : undefined;
    throw new HttpError(refusal.status, refusal.message, headers);
  }
  return signedIn;
}
