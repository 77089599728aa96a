// A suspended account through the real route handlers: every route that writes as a signed-in
// person refuses it (JSON and the pages' no-script forms alike), and its browser's session ends.
// Only the session lookup of the route wrapper is a stand-in for the refusal tests; the session
// test goes through Auth.js's own handler.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign cookies";
  process.env.ADMIN_USERNAMES = "mod_routes";
  return { user: null as User | null };
});
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user, requirePageUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import { setUserSuspended } from "@/lib/moderation/set-user-suspended";
import { Browser, createAccount, outcome } from "@/tests/auth-route";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

// Writes that read no session, so a suspension has nothing to refuse: signing in, up and out (a
// suspended account's new session is refused where every session is checked, in auth.ts; the
// browser test below), links keyed by a mailed token, and the servers' internal cache refresh.
const SESSIONLESS = new Set([
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/auth/password-sign-in/route.ts",
  "app/api/auth/provider-sign-in/route.ts",
  "app/api/auth/release-email/route.ts",
  "app/api/auth/signup/route.ts",
  "app/api/internal/revalidate/route.ts",
  "app/api/subscriptions/confirm/route.ts",
  "app/api/subscriptions/unsubscribe/route.ts",
  "app/api/notifications/unsubscribe/route.ts",
]);

const writeRoutes = routeFiles("app")
  .filter((file) => !SESSIONLESS.has(file))
  .flatMap((file) => {
    const source = readFileSync(file, "utf8");
    return WRITES.filter((method) => new RegExp(`export const ${method} = `).test(source)).map((method) => ({ file, method }));
  });

let suspended: User;
let paperId: string;

beforeAll(async () => {
  await resetDb();
  const moderator = await testDb().user.create({ data: { username: "mod_routes", email: "mod-routes@example.com" } });
  const [id] = await createTestUsers(1, "suspended");
  suspended = { id: id!, username: "suspended", name: "Suspended" };
  paperId = (await createTestPaper()).id;
  expect(await setUserSuspended({ userId: id!, actorId: moderator.id, suspended: true })).toMatchObject({ status: "ok" });
});

describe("a suspended account", () => {
  test("finds the write routes", () => {
    expect(writeRoutes.length).toBeGreaterThan(25);
    expect(writeRoutes.map((r) => r.file)).toEqual(
      expect.arrayContaining(["app/api/papers/[id]/vote/route.ts", "app/api/papers/[id]/comments/route.ts"]),
    );
  });

  test.each(writeRoutes)("is refused by $method $file, as JSON and as a page's form", async ({ file, method }) => {
    const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
    // Every dynamic segment gets a real paper's id: the refusal must come before any lookup.
    const params = new Proxy({}, { get: (_, key) => (typeof key === "string" ? (key === "then" ? undefined : paperId) : undefined) });
    const context = { params: Promise.resolve(params) };
    session.user = suspended;
    const json = await mod[method]!(
      new Request("http://localhost:3000/api/x", {
        method,
        body: "{}",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      }),
      context,
    );
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({ error: "Your account is suspended." });
    const form = await mod[method]!(
      new Request("http://localhost:3000/api/x", {
        method,
        body: "body=hello",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          "sec-fetch-mode": "navigate",
          "sec-fetch-dest": "document",
        },
      }),
      context,
    );
    expect(form.status).toBe(403);
    if (method === "POST") expect(await form.text()).toContain("Your account is suspended.");
  });

  test("nothing was written", async () => {
    expect(await testDb().comment.count()).toBe(0);
    expect(await testDb().vote.count()).toBe(0);
    expect(await testDb().collection.count()).toBe(0);
  });
});

describe("a suspended account's browser", () => {
  test("is signed out at once, and signing in again gives no session until the suspension is lifted", async () => {
    const moderator = await testDb().user.findUniqueOrThrow({ where: { username: "mod_routes" } });
    const reader = await createAccount();
    const browser = new Browser();
    expect(await outcome(await browser.signIn(reader))).toBe("signed-in");
    expect((await browser.session())?.user?.id).toBe(reader.id);

    await setUserSuspended({ userId: reader.id, actorId: moderator.id, suspended: true });
    expect(await browser.session()).toBeNull();
    // Signing in again is refused with the reason, and gives no session.
    expect(await outcome(await browser.signIn(reader))).toBe(403);
    expect(await browser.session()).toBeNull();

    await setUserSuspended({ userId: reader.id, actorId: moderator.id, suspended: false });
    expect(await outcome(await browser.signIn(reader))).toBe("signed-in");
    expect((await browser.session())?.user?.id).toBe(reader.id);
  });
});
