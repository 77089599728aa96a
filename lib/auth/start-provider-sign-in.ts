import "server-only";
import { enabledOAuthProviders, signIn } from "@/auth";
import { HttpError } from "@/lib/http/http-error";

/**
 * Starts a sign-in with an OAuth or OpenID Connect provider on the server and returns the
 * provider's address to send the browser to. Auth.js sets its state and PKCE cookies on this
 * response, as its own endpoint would; unlike that endpoint it needs no CSRF token fetched by
 * script, so the buttons are plain forms (the route's same-origin check guards them instead).
 */
export async function startProviderSignIn(provider: string, redirectTo: string): Promise<string> {
  if (!enabledOAuthProviders().some(({ id }) => id === provider)) {
    throw new HttpError(400, `provider: "${provider.slice(0, 40)}" is not a sign-in provider of this site`);
  }
  const url: unknown = await signIn(provider, { redirectTo, redirect: false });
  if (typeof url !== "string" || !url) throw new Error(`Auth.js gave no address for provider ${provider}`);
  return url;
}
