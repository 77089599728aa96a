import { beforeEach, describe, expect, test } from "vitest";
import { rateLimit } from "@/lib/rate-limit/rate-limit";
import { resetDb, testDb } from "@/tests/db";

beforeEach(async () => {
  await resetDb();
});

describe("rateLimit", () => {
  test("lets the limit through, then answers 429 with Retry-After, per key", async () => {
    const key = `test-${Math.random()}`;
    // The sign-in limit per account is 10 in 15 minutes.
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await rateLimit("signInEmail", key));
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(null));
    for (const response of answers.slice(10)) {
      expect(response?.status).toBe(429);
      const retryAfter = Number(response?.headers.get("Retry-After"));
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(await response?.json()).toEqual({ error: "Too many sign-in attempts for this account; try again in 15 minutes." });
    }
    expect(await rateLimit("signInEmail", `${key}-other`)).toBeNull();
    // The state is in the database, where every app process sees it.
    expect(await testDb().rateLimiterFlexible.findUnique({ where: { key: `signInEmail:${key}` } })).toMatchObject({ points: 12 });
  });

  test("counts concurrent requests exactly", async () => {
    const key = `burst-${Math.random()}`;
    const answers = await Promise.all(Array.from({ length: 30 }, () => rateLimit("signUp", key)));
    // signUp allows 20 an hour.
    expect(answers.filter((a) => a === null)).toHaveLength(20);
    expect(answers.filter((a) => a?.status === 429)).toHaveLength(10);
  });
});
