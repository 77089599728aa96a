// The comment routes' handlers, called directly on the real database. Only the session (who is
// signed in) and Next's cache invalidation are stand-ins: both need a running Next server.
import { beforeAll, describe, expect, test, vi } from "vitest";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));
vi.mock("@/lib/votes/refresh-after-vote", () => ({ refreshAfterVote: async () => {} }));

import * as commentRoute from "@/app/api/comments/[id]/route";
import * as voteRoute from "@/app/api/comments/[id]/vote/route";
import * as previewRoute from "@/app/api/comments/preview/route";
import * as paperCommentsRoute from "@/app/api/papers/[id]/comments/route";
import { EDIT_WINDOW_MS } from "@/lib/comments/comment-limits";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

const BASE = "http://localhost:3000";

function request(method: string, path: string, body?: unknown, raw?: string, headers: Record<string, string> = {}): Request {
  const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  return new Request(`${BASE}${path}`, {
    method,
    body: text,
    headers: { ...(text === undefined || raw !== undefined ? {} : { "content-type": "application/json" }), ...headers },
  });
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

async function createUser(tag: string): Promise<User> {
  const suffix = Math.random().toString(36).slice(2, 8);
  // A day old, so the new-account limit does not count here.
  const createdAt = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  const row = await testDb().user.create({
    data: { email: `${tag}-${suffix}@example.com`, username: `${tag}-${suffix}`, name: tag, createdAt },
  });
  return { id: row.id, username: row.username!, name: tag };
}

async function as<T>(user: User | null, call: () => Promise<T>): Promise<T> {
  session.user = user;
  return call();
}

let author: User;
let stranger: User;
let paperId: string;

beforeAll(async () => {
  await resetDb();
  author = await createUser("author");
  stranger = await createUser("stranger");
  paperId = (await createTestPaper()).id;
});

async function post(body: unknown, user: User | null = author) {
  return as(user, () => paperCommentsRoute.POST(request("POST", `/api/papers/${paperId}/comments`, body), params({ id: paperId })));
}

describe("posting", () => {
  test("201 with the rendered comment; the public GET lists it", async () => {
    const response = await post({ body: "Hello *there* $x$" });
    expect(response.status).toBe(201);
    const { comment, commentCount } = (await response.json()) as { comment: { bodyHtml: string }; commentCount: number };
    expect(comment.bodyHtml).toContain("<em>there</em>");
    expect(commentCount).toBe(1);
    const page = await paperCommentsRoute.GET(request("GET", `/api/papers/${paperId}/comments?sort=new`), params({ id: paperId }));
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBeNull();
    expect(((await page.json()) as { comments: unknown[] }).comments).toHaveLength(1);
  });

  test.each([
    ["an empty body", { body: "   " }],
    ["no body field", {}],
    ["a number", { body: 5 }],
    ["over 10,000 characters", { body: "x".repeat(10_001) }],
    ["a parent that is not an id", { body: "x", parentId: "../../etc" }],
    ["a parent on no paper", { body: "x", parentId: "cnothere" }],
  ])("%s is a 400 with a message", async (_, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/\w/);
  });

  test("malformed JSON is a 400, a body past 64 KB a 413", async () => {
    const bad = await as(author, () => paperCommentsRoute.POST(request("POST", "/x", undefined, "{nope"), params({ id: paperId })));
    expect(bad.status).toBe(400);
    const huge = await post({ body: "x".repeat(70_000) });
    expect(huge.status).toBe(413);
  });

  test("signed out: 401 as JSON, to sign-in as a form", async () => {
    expect((await post({ body: "hi" }, null)).status).toBe(401);
    const form = await as(null, () =>
      paperCommentsRoute.POST(
        request("POST", "/x", undefined, "body=hi&parentId=", {
          "content-type": "application/x-www-form-urlencoded",
          referer: `${BASE}/papers/some-paper`,
        }),
        params({ id: paperId }),
      ),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe(`/signin?callbackUrl=${encodeURIComponent("/papers/some-paper#discussion")}`);
  });

  test("a form from the page posts and goes back to the new comment", async () => {
    const form = await as(author, () =>
      paperCommentsRoute.POST(
        request("POST", "/x", undefined, "body=from+a+form&parentId=", {
          "content-type": "application/x-www-form-urlencoded",
          referer: `${BASE}/papers/some-paper`,
        }),
        params({ id: paperId }),
      ),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toMatch(/^\/papers\/some-paper#comment-c[0-9a-z]+$/);
  });

  test("another site's form is refused", async () => {
    const response = await as(author, () =>
      paperCommentsRoute.POST(request("POST", "/x", { body: "x" }, undefined, { origin: "https://evil.example" }), params({ id: paperId })),
    );
    expect(response.status).toBe(403);
  });
});

describe("editing, deleting, voting", () => {
  test("someone else's comment: 403 to edit and delete; the author may; unknown ids 404", async () => {
    const { comment } = (await (await post({ body: "mine" })).json()) as { comment: { id: string } };
    const id = params({ id: comment.id });
    expect((await as(stranger, () => commentRoute.PATCH(request("PATCH", "/x", { body: "theirs" }), id))).status).toBe(403);
    expect((await as(stranger, () => commentRoute.DELETE(request("DELETE", "/x"), id))).status).toBe(403);
    const edited = await as(author, () => commentRoute.PATCH(request("PATCH", "/x", { body: "mine, fixed" }), id));
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { comment: { editedAt: string | null } }).comment.editedAt).not.toBeNull();
    expect((await as(author, () => commentRoute.PATCH(request("PATCH", "/x", { body: "x" }), params({ id: "cnothere" })))).status).toBe(
      404,
    );
    expect((await as(author, () => commentRoute.DELETE(request("DELETE", "/x"), id))).status).toBe(200);
    expect((await as(author, () => commentRoute.DELETE(request("DELETE", "/x"), id))).status).toBe(200);
  });

  test("an edit after 15 minutes is a 409 that says why", async () => {
    const { comment } = (await (await post({ body: "old" })).json()) as { comment: { id: string } };
    await testDb().comment.update({ where: { id: comment.id }, data: { createdAt: new Date(Date.now() - EDIT_WINDOW_MS - 60_000) } });
    const late = await as(author, () => commentRoute.PATCH(request("PATCH", "/x", { body: "new" }), params({ id: comment.id })));
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: string }).error).toMatch(/15 minutes/);
  });

  test("votes are idempotent; preview renders without saving", async () => {
    const { comment } = (await (await post({ body: "vote for me" })).json()) as { comment: { id: string } };
    const id = params({ id: comment.id });
    const first = await as(stranger, () => voteRoute.PUT(request("PUT", "/x"), id));
    const again = await as(stranger, () => voteRoute.PUT(request("PUT", "/x"), id));
    expect(await first.json()).toEqual({ voted: true, upvotes: 1 });
    expect(await again.json()).toEqual({ voted: true, upvotes: 1 });
    expect(await (await as(stranger, () => voteRoute.DELETE(request("DELETE", "/x"), id))).json()).toEqual({ voted: false, upvotes: 0 });
    expect((await as(null, () => voteRoute.PUT(request("PUT", "/x"), id))).status).toBe(401);
    const before = await testDb().comment.count();
    const preview = await as(author, () => previewRoute.POST(request("POST", "/x", { body: "<script>x</script> *ok*" })));
    expect(await preview.json()).toEqual({ bodyHtml: "<p>&lt;script&gt;x&lt;/script&gt; <em>ok</em></p>" });
    expect(await testDb().comment.count()).toBe(before);
  });
});
