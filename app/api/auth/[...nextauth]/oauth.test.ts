// OAuth sign-in through Auth.js's real route handler and a real OpenID Connect provider
// (oauth2-mock-server, as the Hugging Face provider): who gets an address, which account a
// provider is linked to, and which URLs the flow uses.
import { OAuth2Server } from "oauth2-mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

const issuer = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign cookies";
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.AUTH_HUGGINGFACE_ID = "papershelf-test";
  process.env.AUTH_HUGGINGFACE_SECRET = "papershelf-test-secret";
  process.env.AUTH_HUGGINGFACE_ISSUER = `http://localhost:${port}`;
  return { port };
});

import { EMAIL_RELEASED_MESSAGE } from "@/lib/auth/authorize-password";
import { APP, Browser, createAccount, outcome } from "@/tests/auth-route";
import { resetDb, testDb } from "@/tests/db";

type Claims = { sub: string; email: string; email_verified?: boolean; name?: string };
let provider: OAuth2Server;
let claims: Claims;

beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate("RS256");
  await provider.start(issuer.port, "localhost");
  provider.issuer.url = `http://localhost:${issuer.port}`;
  provider.service.on("beforeTokenSigning", (token) => Object.assign(token.payload, claims));
});
afterAll(async () => {
  await provider.stop();
  for (const name of ["AUTH_HUGGINGFACE_ID", "AUTH_HUGGINGFACE_SECRET", "AUTH_HUGGINGFACE_ISSUER"]) delete process.env[name];
});
beforeEach(() => resetDb());

const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example" };

/** Signs in through the provider as `as`; answers where Auth.js sends the browser in the end. */
async function oauthSignIn(browser: Browser, as: Claims, { callbackUrl = "/", forged = false } = {}): Promise<URL> {
  claims = { name: "Provider Person", ...as };
  const csrfToken = await browser.csrfToken();
  const body = new URLSearchParams({ csrfToken, callbackUrl }).toString();
  const start = forged
    ? await browser.post("/api/auth/signin/huggingface", body, FORGED, "http://evil.example/api/auth/signin/huggingface")
    : await browser.post("/api/auth/signin/huggingface", body);
  const { url } = (await start.json()) as { url: string };
  const authorize = new URL(url);
  expect(authorize.origin).toBe(`http://localhost:${issuer.port}`);
  expect(authorize.searchParams.get("redirect_uri")).toBe(`${APP}/api/auth/callback/huggingface`);
  const back = new URL((await fetch(authorize, { redirect: "manual" })).headers.get("location")!);
  const done = await browser.get(`${back.pathname}${back.search}`);
  expect(done.status).toBe(302);
  return new URL(done.headers.get("location")!);
}

const account = (email: string) => testDb().user.findUnique({ where: { email } });

describe("an address held by a password account", () => {
  test("that never confirmed it goes to the person whose provider vouches for it", async () => {
    const squatter = await createAccount({ email: "victim@corp.example" });
    const squatterBrowser = new Browser();
    expect(await outcome(await squatterBrowser.signIn(squatter))).toBe("signed-in");

    const owner = new Browser();
    const landed = await oauthSignIn(owner, { sub: "hf-victim", email: "Victim@Corp.example", email_verified: true });
    expect(landed.href).toBe(`${APP}/`);
    const ownerAccount = await account("victim@corp.example");
    expect(ownerAccount?.id).not.toBe(squatter.id);
    expect(ownerAccount?.emailVerified).toBeInstanceOf(Date);
    expect((await owner.session())?.user?.id).toBe(ownerAccount?.id);

    // The password account keeps its data, loses the address and its sessions, and is told why.
    expect(await testDb().user.findUniqueOrThrow({ where: { id: squatter.id } })).toMatchObject({
      email: null,
      releasedEmail: "victim@corp.example",
    });
    expect(await squatterBrowser.session()).toBeNull();
    const told = await squatterBrowser.signIn(squatter);
    expect([told.status, await told.json()]).toEqual([403, { error: EMAIL_RELEASED_MESSAGE }]);
  });

  test("stays with it when the provider does not vouch for the address, or when the account confirmed it", async () => {
    const unconfirmed = await createAccount({ email: "unconfirmed@corp.example" });
    const confirmed = await createAccount({ email: "confirmed@corp.example" });
    await testDb().user.update({ where: { id: confirmed.id }, data: { emailVerified: new Date() } });

    for (const as of [
      { sub: "hf-1", email: unconfirmed.email, email_verified: false },
      { sub: "hf-2", email: unconfirmed.email },
      { sub: "hf-3", email: confirmed.email, email_verified: true },
    ]) {
      const landed = await oauthSignIn(new Browser(), as);
      expect(landed.searchParams.get("error"), JSON.stringify(as)).toBe("OAuthAccountNotLinked");
    }
    expect((await account(unconfirmed.email))?.id).toBe(unconfirmed.id);
    expect((await account(confirmed.email))?.id).toBe(confirmed.id);
    expect(await testDb().account.count()).toBe(0);
  });

  test("stays with it when its own signed-in owner links a provider that vouches for it, and becomes confirmed", async () => {
    const reader = await createAccount();
    const browser = new Browser();
    await browser.signIn(reader);
    const landed = await oauthSignIn(browser, { sub: "hf-reader", email: reader.email, email_verified: true });
    expect(landed.href).toBe(`${APP}/`);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({
      email: reader.email,
      emailVerified: expect.any(Date),
    });
    expect(await testDb().account.findMany({ select: { userId: true, provider: true } })).toEqual([
      { userId: reader.id, provider: "huggingface" },
    ]);
  });
});

describe("a session cookie copied before sign-out", () => {
  test("cannot link someone's provider account to the signed-out account", async () => {
    const reader = await createAccount();
    const browser = new Browser();
    await browser.signIn(reader);
    const stolen = new Browser();
    for (const [name, value] of browser.cookies) stolen.cookies.set(name, value);
    await browser.post("/api/auth/signout", new URLSearchParams({ csrfToken: await browser.csrfToken() }).toString());

    await oauthSignIn(stolen, { sub: "hf-attacker", email: "attacker@example.com", email_verified: true });
    const linked = await testDb().account.findFirstOrThrow({ where: { providerAccountId: "hf-attacker" } });
    expect(linked.userId).not.toBe(reader.id);
    expect((await stolen.session())?.user?.id).toBe(linked.userId);
  });
});

describe("the OAuth flow's URLs", () => {
  test("come from APP_URL under a forged Host, and end on our own origin whatever callbackUrl says", async () => {
    for (const callbackUrl of ["https://evil.example/", "//evil.example/", "/\t/evil.example", "/about"]) {
      const landed = await oauthSignIn(
        new Browser(),
        { sub: `hf-${callbackUrl.length}`, email: `p${callbackUrl.length}@example.com` },
        { callbackUrl, forged: true },
      );
      expect(landed.href, callbackUrl).toBe(callbackUrl === "/about" ? `${APP}/about` : `${APP}/`);
    }
  });
});
