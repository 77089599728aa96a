// Browser-side calls to Auth.js's endpoints, asking for JSON answers instead of redirects.

import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store" });
  if (!response.ok) throw new Error("Could not reach the server. Check your connection and try again.");
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function postAuth(path: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken() }),
  });
}

export type SignInResult = { ok: true } | { ok: false; error: string };

/** Signs in with email and password; the session cookie is set by the response. */
export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await postAuth("callback/credentials", { email, password });
  } catch {
    return { ok: false, error: "Could not reach the server. Check your connection and try again." };
  }
  const body = (await response.json().catch(() => null)) as { url?: string; error?: string } | null;
  if (!response.ok) return { ok: false, error: body?.error ?? "Signing in failed. Please try again." };
  const url = body?.url ? new URL(body.url, window.location.href) : null;
  if (!url || url.searchParams.has("error")) return { ok: false, error: "Wrong email or password." };
  return { ok: true };
}

/** Starts an OAuth sign-in: Auth.js answers with the provider's authorization URL. */
export async function oauthSignInUrl(providerId: string, callbackUrl: string): Promise<string> {
  const response = await postAuth(`signin/${encodeURIComponent(providerId)}`, { callbackUrl });
  const body = (await response.json()) as { url: string };
  return body.url;
}

export async function signOut(): Promise<void> {
  await postAuth("signout", {});
}

/** Only paths on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function safeCallbackUrl(value: string | null | undefined): string {
  return safeRedirectPath(value);
}
