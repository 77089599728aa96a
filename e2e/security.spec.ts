import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { uniqueUser } from "./helpers/auth";

// Attacks on the running app, as someone on the internet would send them. "edge" is the same build
// and database served as `npm start` serves by default, behind no trusted proxy (playwright.config.ts
// starts it on E2E_PORT + 3). These tests run after every other test (their own project), because they
// use up the per-address budgets that the other tests' browser requests share.
const port = Number(process.env.E2E_PORT ?? 3210);
const edge = `http://localhost:${port + 3}`;

const forgedAddress = () => `203.0.113.${randomBytes(1)[0]}`;

test.describe("per-address limits cannot be walked around with forged headers", () => {
  test("sign-ups from one address stop at the limit whatever X-Forwarded-For says", async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: edge });
    const statuses: number[] = [];
    // The limit is 20 an hour per address; earlier tests may already have used some of it.
    for (let i = 0; i < 25 && !statuses.includes(429); i++) {
      const response = await api.post("/api/auth/signup", {
        data: uniqueUser(),
        headers: { "X-Forwarded-For": forgedAddress(), "X-Real-IP": forgedAddress(), Origin: edge },
      });
      statuses.push(response.status());
    }
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(20);
    expect(statuses.at(-1)).toBe(429);
    await api.dispose();
  });

  test("searches from one address stop at the limit, on the API and the page", async ({ playwright }) => {
    const api = await playwright.request.newContext({ baseURL: edge });
    let limited = null;
    for (let i = 0; i < 130 && !limited; i++) {
      const response = await api.get(`/api/papers/search?q=attention+${i}`, { headers: { "X-Forwarded-For": forgedAddress() } });
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(200);
    }
    expect(limited, "no 429 after 130 searches").not.toBeNull();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    const page = await api.get("/search?q=attention", { headers: { "X-Forwarded-For": forgedAddress() } });
    expect(page.status()).toBe(429);
    expect(await page.text()).toContain("Too many searches");
    await api.dispose();
  });
});

// Gigabyte bodies: e2e/route-wrapper.spec.ts sends endless chunked bodies to every kind of endpoint.

test("malformed frames to the embedded database do not take the site down", async ({ request }) => {
  test.skip(Boolean(process.env.DATABASE_URL), "only the embedded database has our wire-protocol server");
  for (const frame of [Buffer.alloc(8), Buffer.from([0, 0, 0, 8, 0x80, 0, 0, 0]), Buffer.from("Q\xff\xff\xff\xf0", "latin1")]) {
    await new Promise<void>((resolve) => {
      const socket = connect(port + 1, "127.0.0.1", () => socket.end(frame));
      socket.on("close", () => resolve());
      socket.on("error", () => resolve());
      socket.setTimeout(5_000, () => socket.destroy());
    });
    const response = await request.get("/api/papers?limit=1");
    expect(response.status()).toBe(200);
  }
});
