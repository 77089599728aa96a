// Password sign-in through Auth.js's real route handler, on the real database: which guesses are
// let through, from where, and what a crafted body can do.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign cookies";
});

import { NextRequest } from "next/server";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { SIGN_IN_LIMITS, waitAfterFailures } from "@/lib/auth/sign-in-limits";
import { Browser, createAccount, outcome } from "@/tests/auth-route";
import { resetDb } from "@/tests/db";

beforeEach(() => resetDb());
afterEach(() => vi.useRealTimers());

const guess = (n: number) => `not the password ${n}`;

/** Moves the clock the limiter reads (only Date: the database and timers run as usual). */
function advance(seconds: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + seconds * 1000);
}

describe("the sign-in form's body", () => {
  test("a field given twice is refused (the limiter and Auth.js would read different values)", async () => {
    const victim = await createAccount();
    const attacker = new Browser();
    const response = await attacker.signIn([
      ["email", "random@example.com"],
      ["email", victim.email],
      ["password", victim.password],
    ]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "email: give it once" });
    expect(await attacker.session()).toBeNull();
  });

  test.each([
    ["JSON", "application/json"],
    ["text", "text/plain"],
  ])("%s is refused (415), whatever the body", async (_name, contentType) => {
    const victim = await createAccount();
    const attacker = new Browser();
    const csrfToken = await attacker.csrfToken();
    const json = JSON.stringify({ email: victim.email, password: victim.password, csrfToken });
    const response = await attacker.post("/api/auth/callback/credentials", json, { "content-type": contentType });
    expect(response.status).toBe(415);
    expect(await attacker.session()).toBeNull();
  });

  test("a form type that mentions JSON is read as a form, by our checks and by Auth.js alike", async () => {
    const victim = await createAccount();
    const attacker = new Browser();
    const csrfToken = await attacker.csrfToken();
    const crafted = { "content-type": "application/x-www-form-urlencoded; x=application/json" };
    // A JSON body is no form: nobody is signed in (Auth.js no longer reads it as JSON).
    const json = JSON.stringify({ email: victim.email, password: victim.password, csrfToken });
    await attacker.post("/api/auth/callback/credentials", json, crafted);
    expect(await attacker.session()).toBeNull();
    // A form body under that type is counted like any other: five failures, then 429.
    for (let n = 0; n < 5; n++) {
      const body = new URLSearchParams({ email: victim.email, password: guess(n), csrfToken }).toString();
      expect(await outcome(await attacker.post("/api/auth/callback/credentials", body, crafted))).toBe("wrong");
    }
    expect((await attacker.signIn(victim)).status).toBe(429);
  });

  test("a body over 64 KB is refused with 413, also when sent without a length", async () => {
    const reader = new Browser();
    const csrfToken = await reader.csrfToken();
    const big = new URLSearchParams({ email: "a@example.com", password: "x".repeat(70_000), csrfToken }).toString();
    expect((await reader.post("/api/auth/callback/credentials", big)).status).toBe(413);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 70; i++) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    const streamed = new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      body: chunks,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect((await POST(streamed)).status).toBe(413);
  });
});

describe("password guesses against one account", () => {
  test("the waits grow from the fifth failure: 1, 2, 4 … minutes, at most an hour", () => {
    expect([1, 4, 5, 6, 7, 10, 11, 12, 40].map(waitAfterFailures)).toEqual([0, 0, 60, 120, 240, 1920, 3600, 3600, 3600]);
    expect(SIGN_IN_LIMITS.freeFailures).toBe(5);
  });

  test("one address gets five free failures, then waits that grow; the owner elsewhere is never locked out", async () => {
    const victim = await createAccount();
    const attacker = new Browser("203.0.113.66");
    const answers = [];
    for (let n = 0; n < 12; n++) answers.push(await outcome(await attacker.signIn({ email: victim.email, password: guess(n) })));
    expect(answers).toEqual([...Array(5).fill("wrong"), ...Array(7).fill(429)]);

    const refused = await attacker.signIn({ email: victim.email, password: victim.password });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(50);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: expect.stringMatching(/^Too many failed sign-ins to this account from your network; try again in \d+ seconds\.$/),
    });

    // The owner, from their own address, signs in at once.
    const owner = new Browser("198.51.100.7");
    expect(await outcome(await owner.signIn(victim))).toBe("signed-in");
    expect((await owner.session())?.user?.id).toBe(victim.id);

    // After the wait, one more guess; then twice as long.
    advance(61);
    expect(await outcome(await attacker.signIn({ email: victim.email, password: guess(12) }))).toBe("wrong");
    const next = await attacker.signIn({ email: victim.email, password: guess(13) });
    expect(next.status).toBe(429);
    expect(Number(next.headers.get("retry-after"))).toBeGreaterThan(110);
    expect(Number(next.headers.get("retry-after"))).toBeLessThanOrEqual(120);
  });

  test("an hour of guessing from one address gets at most ten guesses", async () => {
    const victim = await createAccount();
    const attacker = new Browser();
    let evaluated = 0;
    // A try every 30 seconds for an hour.
    for (let second = 0; second < 3600; second += 30) {
      if (second > 0) advance(30);
      const answer = await outcome(await attacker.signIn({ email: victim.email, password: guess(second) }));
      if (answer === "wrong") evaluated += 1;
      else expect(answer).toBe(429);
    }
    expect(evaluated).toBe(10);
  });

  test("spellings of one address count as one account: the limit is on what authorize checks", async () => {
    const victim = await createAccount();
    const attacker = new Browser();
    const spellings = [
      victim.email,
      victim.email.toUpperCase(),
      ` ${victim.email} `,
      `${victim.email}\t`,
      victim.email.replace("reader", "READER"),
    ];
    for (const [n, email] of spellings.entries()) expect(await outcome(await attacker.signIn({ email, password: guess(n) }))).toBe("wrong");
    expect((await attacker.signIn({ email: victim.email.toUpperCase(), password: victim.password })).status).toBe(429);
  });

  test("simultaneous guesses from one address: exactly five are checked", async () => {
    const victim = await createAccount();
    const attacker = new Browser();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => attacker.signIn({ email: victim.email, password: guess(n) }).then(outcome)),
    );
    expect(answers.filter((a) => a === "wrong")).toHaveLength(5);
    expect(answers.filter((a) => a === 429)).toHaveLength(15);
  });

  test("signing in successfully forgets that address's failures", async () => {
    const reader = await createAccount();
    const browser = new Browser();
    for (let n = 0; n < 4; n++) expect(await outcome(await browser.signIn({ email: reader.email, password: guess(n) }))).toBe("wrong");
    expect(await outcome(await browser.signIn(reader))).toBe("signed-in");
    for (let n = 0; n < 5; n++) expect(await outcome(await browser.signIn({ email: reader.email, password: guess(n) }))).toBe("wrong");
    expect((await browser.signIn({ email: reader.email, password: guess(9) })).status).toBe(429);
  });
});

describe("guesses across accounts from one address", () => {
  test(`after ${SIGN_IN_LIMITS.addressFailures} failures in 15 minutes the address waits, whichever account it tries`, async () => {
    const stuffer = new Browser();
    const reader = await createAccount();
    const answers = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.addressFailures }, (_, n) =>
        stuffer.signIn({ email: `someone-${n}@example.com`, password: guess(n) }).then(outcome),
      ),
    );
    expect(answers.every((answer) => answer === "wrong")).toBe(true);
    const refused = await stuffer.signIn(reader);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: expect.stringMatching(/^Too many failed sign-ins from your network; try again in 1[45] minutes\.$/),
    });
    // Other addresses are not affected.
    expect(await outcome(await new Browser().signIn(reader))).toBe("signed-in");
  });
});
