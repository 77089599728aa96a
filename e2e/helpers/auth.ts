import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";

export type TestUser = { email: string; password: string; username: string; name: string };

/** A user nobody else in any parallel test has. */
export function uniqueUser(overrides: Partial<TestUser> = {}): TestUser {
  const tag = randomBytes(5).toString("hex");
  return {
    email: `reader-${tag}@example.com`,
    password: `correct horse ${tag}`,
    username: `reader-${tag}`,
    name: `Reader ${tag}`,
    ...overrides,
  };
}

/**
 * Each simulated person comes from their own address, as behind a reverse proxy, so the per-address
 * sign-up and sign-in limits (shared by every test of a run) do not trip over parallel tests.
 */
export function fakeAddress(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** Creates the account through the JSON API (201). */
export async function signUp(target: Page | BrowserContext | APIRequestContext, user: TestUser, address = fakeAddress()) {
  const request = "post" in target ? target : target.request;
  const response = await request.post("/api/auth/signup", { data: user, headers: { "X-Forwarded-For": address } });
  expect(response.status(), await response.text()).toBe(201);
}

/** Signs in through Auth.js's credentials callback; the session cookie lands in the context's cookie jar. */
export async function signIn(
  target: Page | BrowserContext | APIRequestContext,
  user: Pick<TestUser, "email" | "password">,
  address = fakeAddress(),
) {
  const request = "post" in target ? target : target.request;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken },
    headers: { "X-Auth-Return-Redirect": "1", "X-Forwarded-For": address },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { url } = (await response.json()) as { url: string };
  expect(url, "sign-in was refused").not.toContain("error=");
}

/**
 * Creates a unique user through the API and leaves the page's browser context signed in, so
 * each test seeds its own person and tests run in parallel. Returns the user (with its password).
 */
export async function signUpAndSignIn(target: Page | BrowserContext, overrides: Partial<TestUser> = {}): Promise<TestUser> {
  const user = uniqueUser(overrides);
  const address = fakeAddress();
  await signUp(target, user, address);
  await signIn(target, user, address);
  return user;
}
