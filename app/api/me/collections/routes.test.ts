// The collection API's route handlers, called directly on the real database. Only the session
// (which person is signed in) and Next's cache invalidation are stand-ins: both need a running
// Next server, and neither is what these tests are about.
import fc from "fast-check";
import { beforeAll, describe, expect, test, vi } from "vitest";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import * as itemRoute from "@/app/api/me/collections/[id]/items/[paperId]/route";
import * as collectionRoute from "@/app/api/me/collections/[id]/route";
import * as shareRoute from "@/app/api/me/collections/[id]/share/route";
import * as copiesRoute from "@/app/api/me/collections/copies/route";
import * as collectionsRoute from "@/app/api/me/collections/route";
import * as unsaveRoute from "@/app/api/me/saves/[paperId]/route";
import * as savesRoute from "@/app/api/me/saves/route";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

const BASE = "http://localhost:3000";

function request(method: string, path: string, body?: unknown, raw?: string): Request {
  const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  return new Request(`${BASE}${path}`, { method, body: text, headers: text === undefined ? {} : { "content-type": "application/json" } });
}

function params<T extends Record<string, string>>(value: T) {
  return { params: Promise.resolve(value) };
}

async function createUser(tag: string): Promise<User> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const row = await testDb().user.create({ data: { email: `${tag}-${suffix}@example.com`, username: `${tag}-${suffix}`, name: tag } });
  return { id: row.id, username: row.username!, name: tag };
}

async function as<T>(user: User | null, call: () => Promise<T>): Promise<T> {
  session.user = user;
  return call();
}

let owner: User;
let stranger: User;
let paperId: string;
let secondPaperId: string;
let collectionId: string;
let shareToken: string;

beforeAll(async () => {
  await resetDb();
  owner = await createUser("owner");
  stranger = await createUser("stranger");
  paperId = (await createTestPaper()).id;
  secondPaperId = (await createTestPaper()).id;
  const created = await as(owner, () =>
    collectionsRoute.POST(request("POST", "/api/me/collections", { title: "Private", paperId }), undefined),
  );
  expect(created.status).toBe(201);
  collectionId = ((await created.json()) as { collection: { id: string } }).collection.id;
  await as(owner, () => itemRoute.PUT(request("PUT", "/x"), params({ id: collectionId, paperId: secondPaperId })));
  // Shared by link, then made private again: the old token must open nothing either.
  const shared = await as(owner, () => shareRoute.POST(request("POST", "/x"), params({ id: collectionId })));
  shareToken = ((await shared.json()) as { collection: { shareToken: string } }).collection.shareToken;
  await as(owner, () => collectionRoute.PATCH(request("PATCH", "/x", { visibility: "PRIVATE" }), params({ id: collectionId })));
});

/** Every route that acts on an existing collection or item, as one call each. */
function routesOnOwnersCollection(): [string, () => Promise<Response>][] {
  const id = params({ id: collectionId });
  const item = params({ id: collectionId, paperId });
  return [
    ["GET collection", () => collectionRoute.GET(request("GET", "/x"), id)],
    ["PATCH rename", () => collectionRoute.PATCH(request("PATCH", "/x", { title: "Taken over" }), id)],
    ["PATCH visibility", () => collectionRoute.PATCH(request("PATCH", "/x", { visibility: "PUBLIC" }), id)],
    ["PUT item", () => itemRoute.PUT(request("PUT", "/x"), params({ id: collectionId, paperId: secondPaperId }))],
    ["PATCH note", () => itemRoute.PATCH(request("PATCH", "/x", { note: "mine now" }), item)],
    ["PATCH move", () => itemRoute.PATCH(request("PATCH", "/x", { after: null }), params({ id: collectionId, paperId: secondPaperId }))],
    ["DELETE item", () => itemRoute.DELETE(request("DELETE", "/x"), item)],
    ["POST share", () => shareRoute.POST(request("POST", "/x"), id)],
    ["POST regenerate", () => shareRoute.POST(request("POST", "/x", { regenerate: true }), id)],
    ["DELETE share", () => shareRoute.DELETE(request("DELETE", "/x"), id)],
    ["POST copy by id", () => copiesRoute.POST(request("POST", "/x", { collectionId }), undefined)],
    ["POST copy by old token", () => copiesRoute.POST(request("POST", "/x", { token: shareToken }), undefined)],
    ["DELETE collection", () => collectionRoute.DELETE(request("DELETE", "/x"), id)],
  ];
}

/** The owner's collection exactly as stored, to compare before and after. */
function snapshot() {
  return testDb().collection.findUniqueOrThrow({ where: { id: collectionId }, include: { items: { orderBy: { position: "asc" } } } });
}

describe("each collection route, tried by someone else", () => {
  test("a signed-out visitor gets 401 from every route and changes nothing", async () => {
    const before = await snapshot();
    const calls: [string, () => Promise<Response>][] = [
      ...routesOnOwnersCollection(),
      ["GET my collections", () => collectionsRoute.GET(request("GET", "/api/me/collections"))],
      ["POST create", () => collectionsRoute.POST(request("POST", "/x", { title: "New" }), undefined)],
      ["POST save", () => savesRoute.POST(request("POST", "/x", { paperId }), undefined)],
      ["DELETE save", () => unsaveRoute.DELETE(request("DELETE", "/x"), params({ paperId }))],
    ];
    for (const [name, call] of calls) {
      const response = await as(null, call);
      expect([name, response.status]).toEqual([name, 401]);
      expect(((await response.json()) as { error: string }).error).toMatch(/sign in/i);
    }
    expect(await snapshot()).toEqual(before);
  });

  test("another signed-in person gets 404 (never 403) from every route and changes nothing", async () => {
    const before = await snapshot();
    for (const [name, call] of routesOnOwnersCollection()) {
      const response = await as(stranger, call);
      expect([name, response.status]).toEqual([name, 404]);
    }
    // Their own list, saves and unsaves never reach the owner's collection.
    const listed = (await (
      await as(stranger, () => collectionsRoute.GET(request("GET", `/api/me/collections?paperId=${paperId}`)))
    ).json()) as { collections: unknown[] };
    expect(listed.collections).toEqual([]);
    expect((await as(stranger, () => unsaveRoute.DELETE(request("DELETE", "/x"), params({ paperId })))).status).toBe(200);
    expect(await snapshot()).toEqual(before);
    expect(await testDb().collection.count({ where: { ownerId: stranger.id } })).toBe(0);
  });

  test("the owner gets 2xx from the same routes", async () => {
    // The destructive ones last, so each call has something to act on.
    for (const [name, call] of routesOnOwnersCollection()) {
      if (name === "POST copy by old token") continue; // the token was dropped when it went private
      const response = await as(owner, call);
      expect([name, response.status < 300]).toEqual([name, true]);
    }
    expect(await testDb().collection.count({ where: { id: collectionId } })).toBe(0);
    expect(await testDb().paper.count({ where: { id: { in: [paperId, secondPaperId] } } })).toBe(2);
  });
});

describe("arbitrary input", () => {
  const statusOk = (status: number) => (status >= 200 && status < 300) || (status >= 400 && status < 500);
  // Any JSON, plus values shaped like the real fields (strings with control characters, huge
  // numbers, wrong types), so the runs reach past the first type check.
  const field = fc.oneof(
    fc.string({ unit: "binary", maxLength: 1200 }),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("PUBLIC", "PRIVATE", "UNLISTED", null, true),
  );
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record(
      {
        title: field,
        description: field,
        visibility: field,
        paperId: field,
        note: field,
        after: field,
        regenerate: field,
        token: field,
        collectionId: field,
      },
      { requiredKeys: [] },
    ),
  );
  const rawBody = fc.oneof(
    body.map((value) => JSON.stringify(value) ?? ""),
    fc.string({ unit: "binary", maxLength: 300 }),
  );
  const pathId = fc.oneof(fc.string({ unit: "binary", maxLength: 120 }), fc.constant("__collection__"), fc.constant("__paper__"));

  test("every route answers 2xx or 4xx, never 5xx", async () => {
    const signedIn = await createUser("fuzzer");
    const mine = await as(signedIn, () => collectionsRoute.POST(request("POST", "/x", { title: "Fuzz target" }), undefined));
    const mineId = ((await mine.json()) as { collection: { id: string } }).collection.id;
    const fuzzPaper = (await createTestPaper()).id;
    const resolve = (value: string) => (value === "__collection__" ? mineId : value === "__paper__" ? fuzzPaper : value);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9 }), rawBody, pathId, pathId, async (route, raw, id, paper) => {
        const collection = params({ id: resolve(id) });
        const item = params({ id: resolve(id), paperId: resolve(paper) });
        const calls = [
          () => collectionsRoute.POST(request("POST", "/x", undefined, raw), undefined),
          () => collectionRoute.PATCH(request("PATCH", "/x", undefined, raw), collection),
          () => itemRoute.PATCH(request("PATCH", "/x", undefined, raw), item),
          () => itemRoute.PUT(request("PUT", "/x", undefined, raw), item),
          () => shareRoute.POST(request("POST", "/x", undefined, raw), collection),
          () => copiesRoute.POST(request("POST", "/x", undefined, raw), undefined),
          () => savesRoute.POST(request("POST", "/x", undefined, raw), undefined),
          () => unsaveRoute.DELETE(request("DELETE", "/x"), params({ paperId: resolve(paper) })),
          () => collectionRoute.GET(request("GET", "/x"), collection),
          () => collectionsRoute.GET(request("GET", `/api/me/collections?paperId=${encodeURIComponent(resolve(paper))}`)),
        ];
        const response = await as(signedIn, calls[route]!);
        const answer = (await response.json()) as { error?: string };
        if (response.status >= 400) expect(typeof answer.error).toBe("string");
        return statusOk(response.status);
      }),
      { numRuns: 400 },
    );
    // Whatever the runs did, every stored count still matches its rows.
    const collections = await testDb().collection.findMany({ select: { itemCount: true, _count: { select: { items: true } } } });
    for (const c of collections) expect(c.itemCount).toBe(c._count.items);
  });
});
