// The alert and inbox routes, called directly on the real database. Only the session (which
// person is signed in) is a stand-in: it needs a running Next server.
import { beforeEach, describe, expect, test, vi } from "vitest";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));

import * as tokenRoute from "@/app/api/me/alerts/[id]/token/route";
import * as alertRoute from "@/app/api/me/alerts/[id]/route";
import * as alertsRoute from "@/app/api/me/alerts/route";
import * as feedRoute from "@/app/alerts/[token]/feed.xml/route";
import * as inboxRoute from "@/app/api/me/inbox/route";
import { createTestUsers, resetDb } from "@/tests/db";

const BASE = "http://localhost:3000";
const post = (path: string, body: unknown) =>
  new Request(`${BASE}${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

beforeEach(async () => {
  await resetDb();
  const [id] = await createTestUsers(1, "alert-routes");
  session.user = { id: id!, username: "reader", name: "Reader" };
});

describe("/api/me/alerts", () => {
  test("answers bad alerts with a 400 that says what is wrong", async () => {
    for (const [body, error] of [
      [{ kind: "search", q: "-only -excluded" }, "q: enter at least one word to look for (not only -excluded words)"],
      [{ kind: "search", q: "the of " }, "q: this search has no words to match (only common words like “the”); add a more specific word."],
      [{ kind: "category", category: "cs LG" }, "category: must be an arXiv category like cs.LG"],
    ] as const) {
      const response = await alertsRoute.POST(post("/api/me/alerts", body));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error });
    }
  });

  test("follows, lists, revokes a feed address (the old one 404s) and deletes", async () => {
    const created = await alertsRoute.POST(post("/api/me/alerts", { kind: "search", q: "mamba", has_code: true }));
    expect(created.status).toBe(201);
    const { alert } = await created.json();
    expect(alert).toMatchObject({ kind: "search", query: "mamba", hasCode: true });
    expect((await alertsRoute.POST(post("/api/me/alerts", { kind: "search", q: "mamba", has_code: true }))).status).toBe(200);
    const list = await (await alertsRoute.GET(new Request(`${BASE}/api/me/alerts`))).json();
    expect(list.alerts.map((a: { id: string }) => a.id)).toEqual([alert.id]);

    const token = (url: string) => new URL(url).pathname.split("/")[2]!;
    const feed = await feedRoute.GET(new Request(alert.feedUrl), params({ token: token(alert.feedUrl) }));
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain("<title>Papershelf alert: Search “mamba” with code</title>");

    const revoked = await (await tokenRoute.POST(post(`/api/me/alerts/${alert.id}/token`, {}), params({ id: alert.id }))).json();
    expect(revoked.alert.feedUrl).not.toBe(alert.feedUrl);
    expect((await feedRoute.GET(new Request(alert.feedUrl), params({ token: token(alert.feedUrl) }))).status).toBe(404);
    expect((await feedRoute.GET(new Request(revoked.alert.feedUrl), params({ token: token(revoked.alert.feedUrl) }))).status).toBe(200);

    const deleted = await alertRoute.DELETE(
      new Request(`${BASE}/api/me/alerts/${alert.id}`, { method: "DELETE" }),
      params({ id: alert.id }),
    );
    expect(await deleted.json()).toEqual({ deleted: true });
    expect(
      (await alertRoute.DELETE(new Request(`${BASE}/api/me/alerts/${alert.id}`, { method: "DELETE" }), params({ id: alert.id }))).status,
    ).toBe(404);
  });

  test("needs a signed-in person", async () => {
    session.user = null;
    expect((await alertsRoute.GET(new Request(`${BASE}/api/me/alerts`))).status).toBe(401);
    expect((await inboxRoute.GET(new Request(`${BASE}/api/me/inbox`))).status).toBe(401);
  });

  test("marks the inbox read with a checked body", async () => {
    const bad = await inboxRoute.POST(post("/api/me/inbox", { paperIds: [] }));
    expect(bad.status).toBe(400);
    expect(await (await inboxRoute.POST(post("/api/me/inbox", { all: true }))).json()).toEqual({ changed: 0, unread: 0 });
  });
});
