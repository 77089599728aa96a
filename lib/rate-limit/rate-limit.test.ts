import { beforeEach, describe, expect, test } from "vitest";
import { HttpError } from "@/lib/http/http-error";
import { consumeRateLimit, enforceRateLimit, rateLimitKey } from "@/lib/rate-limit/rate-limit";
import { resetDb, testDb } from "@/tests/db";

beforeEach(async () => {
  await resetDb();
});

/** The HttpError `enforceRateLimit` throws, or null when it let the request through. */
async function enforce(...args: Parameters<typeof enforceRateLimit>): Promise<HttpError | null> {
  try {
    await enforceRateLimit(...args);
    return null;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

describe("the rate limits", () => {
  test("let the limit through, then throw a 429 with Retry-After, per key", async () => {
    const key = `test-${Math.random()}`;
    // Searches from one address: 120 a minute.
    const answers = [];
    for (let i = 0; i < 122; i++) answers.push(await enforce("search", key));
    expect(answers.slice(0, 120)).toEqual(Array(120).fill(null));
    for (const error of answers.slice(120)) {
      expect(error?.status).toBe(429);
      const retryAfter = Number(error?.headers?.["Retry-After"]);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(error?.message).toBe(`Too many searches from your network; try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`);
    }
    expect(await enforce("search", `${key}-other`)).toBeNull();
    // The state is in the database, where every app process sees it.
    expect(await testDb().rateLimiterFlexible.findUnique({ where: { key: `search:${key}` } })).toMatchObject({ points: 122 });
  });

  test("count concurrent requests exactly", async () => {
    const key = `burst-${Math.random()}`;
    const answers = await Promise.all(Array.from({ length: 30 }, () => enforce("signUp", key)));
    // signUp allows 20 an hour.
    expect(answers.filter((a) => a === null)).toHaveLength(20);
    expect(answers.filter((a) => a?.status === 429)).toHaveLength(10);
  });

  test("say how long to wait without throwing, for limits a handler applies silently", async () => {
    const key = `email:${Math.random()}@example.com`;
    // Three confirmation emails an hour to one address.
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await consumeRateLimit("subscribeEmail", key));
    expect(waits.slice(0, 3)).toEqual([null, null, null]);
    expect(waits[3]).toBeGreaterThan(59 * 60);
  });

  test("count a person's requests by person, and an address's by address", () => {
    const who = { userId: "u1", address: "203.0.113.7" };
    expect(rateLimitKey("vote", who)).toBe("user:u1");
    expect(rateLimitKey("vote", { userId: null, address: "203.0.113.7" })).toBe("ip:203.0.113.7");
    // Sign-ups and subscriptions are per network even when someone is signed in.
    expect(rateLimitKey("signUp", who)).toBe("ip:203.0.113.7");
    expect(rateLimitKey("subscribeIp", who)).toBe("ip:203.0.113.7");
  });
});
