import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What our route knows about the Auth.js request being handled, for the callbacks Auth.js calls
 * inside it: they get no request of their own (authorize gets a copy rebuilt from the parsed body),
 * and what they decide must reach the route's answer.
 */
export type AuthRequestState = {
  /** The client's address, from the original request. */
  address: string;
  /** Set by a callback to answer with this error instead of Auth.js's response. */
  refusal?: { status: number; message: string; retryAfterSeconds?: number };
  /** An address the OAuth provider of this sign-in vouches for (see releaseUnverifiedEmail). */
  providerVerifiedEmail?: string;
};

// On globalThis so that every copy of this module in the server's bundles shares one store.
const globalForAuth = globalThis as unknown as { papershelfAuthRequest?: AsyncLocalStorage<AuthRequestState> };
const storage = (globalForAuth.papershelfAuthRequest ??= new AsyncLocalStorage<AuthRequestState>());

export function runAuthRequest<T>(state: AuthRequestState, handle: () => Promise<T>): Promise<T> {
  return storage.run(state, handle);
}

/** The state of the Auth.js request in progress, or undefined outside one of our routes. */
export function currentAuthRequest(): AuthRequestState | undefined {
  return storage.getStore();
}
