// Sessions and URLs through Auth.js's real route handler: sign-out ends a session on the server,
// and request headers cannot change the origin Auth.js builds its URLs from.
import { beforeEach, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign cookies";
});

import { APP, Browser, createAccount, outcome } from "@/tests/auth-route";
import { resetDb, testDb } from "@/tests/db";

beforeEach(() => resetDb());

const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

function copyOf(browser: Browser): Browser {
  const copy = new Browser(browser.address);
  for (const [name, value] of browser.cookies) copy.cookies.set(name, value);
  return copy;
}

describe("signing out", () => {
  test("ends the session on the server: a copy of the cookie stops working", async () => {
    const reader = await createAccount();
    const browser = new Browser();
    expect(await outcome(await browser.signIn(reader))).toBe("signed-in");
    const stolen = copyOf(browser);
    expect((await stolen.session())?.user?.id).toBe(reader.id);

    const csrfToken = await browser.csrfToken();
    const out = await browser.post("/api/auth/signout", new URLSearchParams({ csrfToken }).toString());
    expect(out.status).toBe(200);
    expect(await browser.session()).toBeNull();
    expect(await stolen.session()).toBeNull();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: reader.id } })).sessionVersion).toBe(1);

    // Signing in again starts a new session that works.
    expect(await outcome(await browser.signIn(reader))).toBe("signed-in");
    expect((await browser.session())?.user?.id).toBe(reader.id);
    expect(await stolen.session()).toBeNull();
  });

  test("ends every session of the account, on every device", async () => {
    const reader = await createAccount();
    const [laptop, phone] = [new Browser(), new Browser()];
    for (const device of [laptop, phone]) expect(await outcome(await device.signIn(reader))).toBe("signed-in");
    await laptop.post("/api/auth/signout", new URLSearchParams({ csrfToken: await laptop.csrfToken() }).toString());
    expect(await phone.session()).toBeNull();
  });

  test("a session of a deleted account is no session", async () => {
    const reader = await createAccount();
    const browser = new Browser();
    await browser.signIn(reader);
    await testDb().user.delete({ where: { id: reader.id } });
    expect(await browser.session()).toBeNull();
  });
});

describe("Auth.js's URLs", () => {
  test("come from APP_URL, whatever Host and X-Forwarded-Host say", async () => {
    const browser = new Browser();
    const response = await browser.get("/api/auth/providers", FORGED, "http://evil.example/api/auth/providers");
    const providers = (await response.json()) as Record<string, { signinUrl: string; callbackUrl: string }>;
    expect(Object.keys(providers)).toContain("credentials");
    for (const provider of Object.values(providers)) {
      expect(new URL(provider.signinUrl).origin).toBe(APP);
      expect(new URL(provider.callbackUrl).origin).toBe(APP);
    }
    // The callback URL Auth.js remembers for after sign-in, too.
    await browser.get("/api/auth/csrf", FORGED, "http://evil.example/api/auth/csrf");
    expect(decodeURIComponent(browser.cookies.get("authjs.callback-url") ?? "")).toBe(APP);
  });

  test("send the browser only to our own origin after signing in", async () => {
    const reader = await createAccount();
    for (const callbackUrl of [
      "https://evil.example/",
      "//evil.example",
      "/\t/evil.example",
      "/%09/evil.example",
      "/.//evil.example",
      "/about",
    ]) {
      const browser = new Browser();
      const response = await browser.signIn({ email: reader.email, password: reader.password, callbackUrl } as never, FORGED);
      const { url } = (await response.json()) as { url: string };
      expect(url, callbackUrl).toBe(callbackUrl === "/about" ? `${APP}/about` : `${APP}/`);
    }
  });
});
