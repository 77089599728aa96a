// Who owns an address: verification links, taking an address back from an account that never
// proved it, and what that account's owner is told. Real database, real SMTP server (tests/fake-smtp).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

const mail = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign cookies";
  // A port picked here, before lib/env.js reads SMTP_URL; the fake server listens on it below.
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return { port, pending: [] as Promise<unknown>[] };
});
// Next's after() and the session of a route called directly need a running Next server: here the
// work starts at once (the test awaits it), and sign-up is called signed out.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => Promise<unknown>) => void mail.pending.push(task()),
}));
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => null }));

import { POST as signUp } from "@/app/api/auth/signup/route";
import { EMAIL_RELEASED_MESSAGE } from "@/lib/auth/authorize-password";
import { hashEmailToken } from "@/lib/auth/email-token";
import { createMailTransport } from "@/lib/mail/create-mail-transport";
import { releaseEmail } from "@/lib/users/release-email";
import { releaseUnverifiedEmail } from "@/lib/users/release-unverified-email";
import { sendEmailLink } from "@/lib/users/send-email-link";
import { verifyEmail } from "@/lib/users/verify-email";
import { Browser, createAccount, outcome } from "@/tests/auth-route";
import { resetDb, testDb } from "@/tests/db";
import { startFakeSmtp, type FakeSmtp } from "@/tests/fake-smtp";

const APP = "http://localhost:3000";
let smtp: FakeSmtp;

beforeAll(async () => {
  smtp = await startFakeSmtp(mail.port);
});
afterAll(async () => {
  await smtp.close();
  delete process.env.SMTP_URL;
});
beforeEach(async () => {
  await resetDb();
  smtp.messages.length = 0;
});
afterEach(() => vi.useRealTimers());

const options = () => ({
  transport: createMailTransport(smtp.url, { pool: false }),
  appUrl: APP,
  from: "Papershelf <papershelf@localhost>",
});

/** The token of the newest email to `to` whose link goes to `path`. */
function linkToken(to: string, path: string): string {
  const message = smtp.messages.filter((m) => m.to.includes(to)).at(-1);
  const match = message?.text.match(new RegExp(`${APP}${path}\\?token=([A-Za-z0-9_-]{43})`));
  if (!match) throw new Error(`no ${path} link to ${to} in ${JSON.stringify(smtp.messages.map((m) => m.subject))}`);
  return match[1]!;
}

const user = (id: string) => testDb().user.findUniqueOrThrow({ where: { id } });

describe("verification links", () => {
  test("are emailed, stored only as a hash, work once, and only for the account they were sent for", async () => {
    const reader = await createAccount();
    const stranger = await createAccount();
    expect(await sendEmailLink(reader.email, "verify", options())).toBe("verify");
    const token = linkToken(reader.email, "/verify-email");
    expect(smtp.messages[0]!.subject).toBe("Confirm your Papershelf email address");

    const rows = await testDb().emailToken.findMany();
    expect(rows).toEqual([
      expect.objectContaining({ tokenHash: hashEmailToken(token), purpose: "VERIFY", userId: reader.id, email: reader.email }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);

    // Someone else's session neither confirms with it nor uses it up.
    expect(await verifyEmail(stranger.id, token)).toBe("invalid");
    expect((await user(reader.id)).emailVerified).toBeNull();
    expect(await verifyEmail(reader.id, token)).toBe("verified");
    expect((await user(reader.id)).emailVerified).toBeInstanceOf(Date);
    expect(await verifyEmail(reader.id, token)).toBe("invalid");
    // A confirmed address gets no more links.
    expect(await sendEmailLink(reader.email, "verify", options())).toBeNull();
    expect(smtp.messages).toHaveLength(1);
  });

  test("only the newest works, and not after 24 hours", async () => {
    const reader = await createAccount();
    await sendEmailLink(reader.email, "verify", options());
    const older = linkToken(reader.email, "/verify-email");
    await sendEmailLink(reader.email, "verify", options());
    const newer = linkToken(reader.email, "/verify-email");
    expect(await verifyEmail(reader.id, older)).toBe("invalid");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000 + 1000);
    expect(await verifyEmail(reader.id, newer)).toBe("expired");
    expect((await user(reader.id)).emailVerified).toBeNull();
  });

  test("simultaneous uses of one link: exactly one confirms", async () => {
    const reader = await createAccount();
    await sendEmailLink(reader.email, "verify", options());
    const token = linkToken(reader.email, "/verify-email");
    const results = await Promise.all(Array.from({ length: 8 }, () => verifyEmail(reader.id, token)));
    expect(results.filter((r) => r === "verified")).toHaveLength(1);
    expect(results.filter((r) => r === "invalid")).toHaveLength(7);
  });
});

describe("taking an address back", () => {
  test("only from a password account that never confirmed it, once, ending its sessions", async () => {
    const confirmed = await createAccount();
    await testDb().user.update({ where: { id: confirmed.id }, data: { emailVerified: new Date() } });
    const oauthOnly = await testDb().user.create({ data: { email: "oauth@example.com", username: "oauth-person" } });
    const squatter = await createAccount({ email: "victim@corp.example" });
    await sendEmailLink(squatter.email, "verify", options());

    expect(await releaseUnverifiedEmail(confirmed.email)).toBe(false);
    expect(await releaseUnverifiedEmail("oauth@example.com")).toBe(false);
    expect(await releaseUnverifiedEmail(squatter.email)).toBe(true);
    expect(await releaseUnverifiedEmail(squatter.email)).toBe(false);

    expect(await user(confirmed.id)).toMatchObject({ email: confirmed.email, sessionVersion: 0 });
    expect(await user(oauthOnly.id)).toMatchObject({ email: "oauth@example.com", sessionVersion: 0 });
    expect(await user(squatter.id)).toMatchObject({ email: null, releasedEmail: "victim@corp.example", sessionVersion: 1 });
    expect((await user(squatter.id)).releasedAt).toBeInstanceOf(Date);
    // Its verification link went with the address.
    expect(await testDb().emailToken.count()).toBe(0);
  });

  test("its owner signing in with the address is told why it no longer works; a wrong password is told nothing", async () => {
    const squatter = await createAccount({ email: "victim@corp.example" });
    const browser = new Browser();
    expect(await outcome(await browser.signIn(squatter))).toBe("signed-in");
    await releaseUnverifiedEmail(squatter.email);
    // Its session ended with it.
    expect(await browser.session()).toBeNull();

    const told = await browser.signIn(squatter);
    expect(told.status).toBe(403);
    expect(await told.json()).toEqual({ error: EMAIL_RELEASED_MESSAGE });
    expect(await outcome(await browser.signIn({ email: squatter.email, password: "not the password" }))).toBe("wrong");

    // The address's owner can now make an account with it and sign in.
    const owner = await createAccount({ email: "victim@corp.example" });
    expect(await outcome(await new Browser().signIn(owner))).toBe("signed-in");
  });
});

describe("sign-up's emails", () => {
  async function postSignUp(email: string) {
    const tag = Math.random().toString(36).slice(2, 8);
    const body = { email, password: `correct horse ${tag}`, username: `reader-${tag}`, name: "Reader" };
    const request = new Request(`${APP}/api/auth/signup`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    });
    const response = await signUp(request, undefined);
    await Promise.all(mail.pending.splice(0));
    return { status: response.status, body: await response.json() };
  }

  test("a new account's owner gets a link to verify; the owner of an unconfirmed address a link to take it back", async () => {
    const created = await postSignUp("new@example.com");
    expect(created).toEqual({ status: 201, body: { ok: true } });
    expect(smtp.messages.map((m) => [m.to, m.subject])).toEqual([[["new@example.com"], "Confirm your Papershelf email address"]]);

    // Someone else signs up with it: the same answer, and the address's owner may take it back.
    expect(await postSignUp("new@example.com")).toEqual(created);
    expect(smtp.messages.at(-1)!.subject).toBe("Your address is used by an unconfirmed Papershelf account");
    const token = linkToken("new@example.com", "/release-email");
    const holder = await testDb().user.findUniqueOrThrow({ where: { email: "new@example.com" } });
    expect(await releaseEmail(token)).toBe("released");
    expect(await releaseEmail(token)).toBe("invalid");
    expect(await user(holder.id)).toMatchObject({ email: null, releasedEmail: "new@example.com" });
    // Now the address is free for its owner's own account.
    expect((await postSignUp("new@example.com")).status).toBe(201);
    expect(await testDb().user.count({ where: { email: "new@example.com" } })).toBe(1);
  });

  test("a confirmed address gets no email when someone signs up with it, and its link no longer takes it", async () => {
    const reader = await createAccount();
    await postSignUp(reader.email);
    const token = linkToken(reader.email, "/release-email");
    await testDb().user.update({ where: { id: reader.id }, data: { emailVerified: new Date() } });
    // Confirmed after the link was sent: the link does nothing.
    expect(await releaseEmail(token)).toBe("invalid");
    expect((await user(reader.id)).email).toBe(reader.email);
    const before = smtp.messages.length;
    await postSignUp(reader.email);
    expect(smtp.messages).toHaveLength(before);
  });

  test("at most three emails an hour to one address", async () => {
    for (let n = 0; n < 5; n++) await postSignUp("popular@example.com");
    expect(smtp.messages.filter((m) => m.to.includes("popular@example.com"))).toHaveLength(3);
  });
});
