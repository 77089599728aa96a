// Accounts, as the browser calls them: who is signed in, sign-up, and Auth.js's endpoints, which
// answer JSON instead of redirects when asked with X-Auth-Return-Redirect.
import type { MeResponse, SignUpResponse } from "@/lib/api/me-schemas";
import { ApiError, fetchJson } from "@/lib/client/fetch-json";
import type { SignUpInput } from "@/lib/validations/sign-up";

export type SessionUser = NonNullable<MeResponse["user"]>;
export type SignInResult = { ok: true } | { ok: false; error: string };

async function postAuth(path: string, fields: Record<string, string>): Promise<{ url?: string }> {
  const { csrfToken } = await fetchJson<{ csrfToken: string }>("/api/auth/csrf");
  return fetchJson(`/api/auth/${path}`, {
    method: "POST",
    headers: { "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ ...fields, csrfToken }),
  });
}

export const authApi = {
  /** Creates an account (the same answer when the email already has one); sign in afterwards. */
  signUp: (body: SignUpInput) => fetchJson<SignUpResponse>("/api/auth/signup", { method: "POST", body }),
  /** Signs in with email and password; the session cookie is set by the response. */
  signInWithPassword: async (email: string, password: string): Promise<SignInResult> => {
    let url: string | undefined;
    try {
      ({ url } = await postAuth("callback/credentials", { email, password }));
    } catch (error) {
      return { ok: false, error: error instanceof ApiError ? error.message : "Signing in failed. Please try again." };
    }
    // A refused password is a redirect back with ?error=… rather than an error status.
    const target = url ? new URL(url, window.location.href) : null;
    if (!target || target.searchParams.has("error")) return { ok: false, error: "Wrong email or password." };
    return { ok: true };
  },
  /** Starts an OAuth sign-in: Auth.js answers with the provider's authorization URL. */
  signOut: () => postAuth("signout", {}).then(() => undefined),
};
