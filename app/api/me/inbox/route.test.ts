// GET /api/me/inbox on the real database: pages of both kinds with their Link headers, refusals
// in words, and only the signed-in person's entries. Only the session is a stand-in.
import { beforeEach, describe, expect, test, vi } from "vitest";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));

import * as inboxRoute from "@/app/api/me/inbox/route";
import { encodeInboxCursor } from "@/lib/inbox/inbox-cursor";
import { createTestUsers, resetDb } from "@/tests/db";
import { addCommentNotifications, addMatchedPapers, newestFirst } from "@/tests/inbox";

const BASE = "http://localhost:3000";
const get = (path: string) => inboxRoute.GET(new Request(`${BASE}${path}`));
const at = (second: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, second));

let ada: string;
let bob: string;
let writer: string;

beforeEach(async () => {
  await resetDb();
  [ada, bob, writer] = (await createTestUsers(3, "inbox-route")) as [string, string, string];
  session.user = { id: ada, username: "ada", name: "Ada" };
});

describe("GET /api/me/inbox", () => {
  test("pages to the end by nextCursor and the Link header, both kinds, none of anyone else's", async () => {
    const times = [at(2), at(2), at(1), at(1), at(1)];
    const mine = [...(await addMatchedPapers(ada, times)), ...(await addCommentNotifications(ada, writer, times))];
    await addMatchedPapers(bob, times);
    await addCommentNotifications(bob, writer, times);

    const seen: string[] = [];
    let path: string | null = "/api/me/inbox?limit=3";
    let pages = 0;
    while (path) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const body = await response.json();
      expect(body.unread).toBe(10);
      seen.push(...body.entries.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`));
      const link = response.headers.get("link");
      if (pages > 0) expect(link).toContain('</api/me/inbox?limit=3>; rel="first"');
      if (body.nextCursor) {
        expect(body.entries).toHaveLength(3);
        expect(link).toContain(`</api/me/inbox?limit=3&cursor=${body.nextCursor}>; rel="next"`);
      } else {
        expect(link ?? "").not.toContain('rel="next"');
      }
      path = link?.match(/<([^>]+)>; rel="next"/)?.[1] ?? null;
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(newestFirst(mine).map((e) => `${e.kind}:${e.id}`));
  });

  test("a cursor from someone else's inbox shows only the viewer's own entries", async () => {
    const [adaPaper] = await addMatchedPapers(ada, [at(1)]);
    const bobs = await addCommentNotifications(bob, writer, [at(5), at(4)]);
    session.user = { id: bob, username: "bob", name: "Bob" };
    const first = await (await get("/api/me/inbox?limit=1")).json();
    session.user = { id: ada, username: "ada", name: "Ada" };
    const body = await (await get(`/api/me/inbox?cursor=${first.nextCursor}`)).json();
    expect(body.entries.map((e: { id: string }) => e.id)).toEqual([adaPaper!.id]);
    expect(body.entries.map((e: { id: string }) => e.id)).not.toContain(bobs[1]!.id);
  });

  test("defaults to 50 a page", async () => {
    await addCommentNotifications(
      ada,
      writer,
      Array.from({ length: 51 }, () => at(1)),
    );
    const body = await (await get("/api/me/inbox")).json();
    expect(body.entries).toHaveLength(50);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  test.each([
    ["cursor=not%20one", "cursor: must be the nextCursor of a previous response"],
    ["cursor=", "cursor: must be the nextCursor of a previous response"],
    ["cursor=abc", "cursor: must be the nextCursor of a previous response"],
    [
      `cursor=${encodeInboxCursor({ createdAt: at(1), kind: "paper", id: "x" }).slice(0, -2)}`,
      "cursor: must be the nextCursor of a previous response",
    ],
    [
      `cursor=${Buffer.from(JSON.stringify(["2026-03-01T12:00:01.000Z", "alert", "x"])).toString("base64url")}`,
      "cursor: must be the nextCursor of a previous response",
    ],
    ["limit=0", "limit: must be at least 1"],
    ["limit=101", "limit: must be at most 100"],
    ["limit=ten", "limit: must be a whole number from 1 to 100"],
    ["limit=2.5", "limit: must be a whole number from 1 to 100"],
    ["limit=1&limit=2", undefined],
  ])("refuses ?%s with a 400 that says why", async (query, error) => {
    const response = await get(`/api/me/inbox?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    if (error) expect(body).toEqual({ error });
    else expect(body.error).toEqual(expect.any(String));
  });

  test("needs a signed-in person", async () => {
    session.user = null;
    const response = await get("/api/me/inbox");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to do this." });
  });
});
