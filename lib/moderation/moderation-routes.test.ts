// Reporting and moderating through the real route handlers, as the pages' forms post them. Only the
// session and Next's cache invalidation are stand-ins (both need a running Next server).
import { beforeAll, describe, expect, test, vi } from "vitest";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => {
  process.env.ADMIN_USERNAMES = "mod_forms";
  return { user: null as User | null };
});
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import * as moderateRoute from "@/app/api/admin/reports/[commentId]/route";
import * as unsuspendRoute from "@/app/api/admin/users/[id]/unsuspend/route";
import * as reportRoute from "@/app/api/comments/[id]/report/route";
import { postComment } from "@/lib/comments/post-comment";
import { listReportedComments } from "@/lib/moderation/list-reported-comments";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

const BASE = "http://localhost:3000";

function form(path: string, fields: Record<string, string>): Request {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
  });
}

function json(path: string, body: unknown): Request {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", origin: BASE },
  });
}

async function user(username: string): Promise<User> {
  const row = await testDb().user.create({ data: { username, email: `${username}@example.com`, name: username } });
  return { id: row.id, username, name: username };
}

let moderator: User;
let author: User;
let reader: User;
let paperId: string;
let commentId: string;

beforeAll(async () => {
  await resetDb();
  [moderator, author, reader] = [await user("mod_forms"), await user("author_forms"), await user("reader_forms")];
  paperId = (await createTestPaper()).id;
  const posted = await postComment({ paperId, authorId: author.id, body: "Buy pills" });
  if (posted.status !== "ok") throw new Error("post failed");
  commentId = posted.comment.id;
});

const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) }) as never;

describe("reporting", () => {
  test("signed out: JSON 401, the form to sign-in and back to the report page", async () => {
    session.user = null;
    expect((await reportRoute.POST(json(`/api/comments/${commentId}/report`, { reason: "spam" }), ctx({ id: commentId }))).status).toBe(
      401,
    );
    const answer = await reportRoute.POST(form(`/api/comments/${commentId}/report`, { reason: "spam" }), ctx({ id: commentId }));
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/signin?callbackUrl=${encodeURIComponent(`/comments/${commentId}/report`)}`);
  });

  test("bad input is a 400 with a message; an unknown comment a 404", async () => {
    session.user = reader;
    const bad = await reportRoute.POST(json(`/api/comments/${commentId}/report`, { reason: "boring" }), ctx({ id: commentId }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("must be spam, harassment, off-topic or other");
    const long = await reportRoute.POST(
      json(`/api/comments/${commentId}/report`, { reason: "other", note: "x".repeat(501) }),
      ctx({ id: commentId }),
    );
    expect(long.status).toBe(400);
    expect((await reportRoute.POST(json("/api/comments/nope/report", { reason: "spam" }), ctx({ id: "nope" }))).status).toBe(404);
  });

  test("the form reports and comes back to the report page; a repeat is a no-op 200", async () => {
    session.user = reader;
    const sent = await reportRoute.POST(form(`/api/comments/${commentId}/report`, { reason: "spam", note: "" }), ctx({ id: commentId }));
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/comments/${commentId}/report?sent=1`);
    const again = await reportRoute.POST(json(`/api/comments/${commentId}/report`, { reason: "harassment" }), ctx({ id: commentId }));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ reported: true });
    const [listed] = await listReportedComments(testDb());
    expect(listed!.reports).toEqual([expect.objectContaining({ reason: "SPAM", note: null, reporter: "reader_forms" })]);
  });
});

describe("moderating", () => {
  test("anyone but a moderator gets a 404, and nothing changes", async () => {
    for (const who of [null, reader, author]) {
      session.user = who;
      const answer = await moderateRoute.POST(form(`/api/admin/reports/${commentId}`, { action: "hide" }), ctx({ commentId }));
      expect(answer.status).toBe(404);
      expect((await unsuspendRoute.POST(form(`/api/admin/users/${author.id}/unsuspend`, {}), ctx({ id: author.id }))).status).toBe(404);
    }
    expect((await testDb().comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).toBeNull();
  });

  test("a cross-site form is refused before anything else", async () => {
    session.user = moderator;
    const request = new Request(`${BASE}/api/admin/reports/${commentId}`, {
      method: "POST",
      body: "action=hide",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect((await moderateRoute.POST(request, ctx({ commentId }))).status).toBe(403);
  });

  test("hide, restore, suspend and unsuspend by the forms, each back to the page saying what was done", async () => {
    session.user = moderator;
    const act = async (action: string) => {
      const answer = await moderateRoute.POST(form(`/api/admin/reports/${commentId}`, { action }), ctx({ commentId }));
      expect(answer.status).toBe(303);
      return new URL(answer.headers.get("location")!, BASE).searchParams.get("done");
    };
    expect(await act("hide")).toBe("The comment is hidden.");
    expect((await testDb().paper.findUniqueOrThrow({ where: { id: paperId } })).commentCount).toBe(0);
    expect(await act("restore")).toBe("The comment is restored.");
    expect((await testDb().paper.findUniqueOrThrow({ where: { id: paperId } })).commentCount).toBe(1);
    expect(await act("suspend")).toBe("The author is suspended and signed out everywhere.");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: author.id } })).suspendedAt).not.toBeNull();
    const lifted = await unsuspendRoute.POST(form(`/api/admin/users/${author.id}/unsuspend`, {}), ctx({ id: author.id }));
    expect(lifted.status).toBe(303);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: author.id } })).suspendedAt).toBeNull();
    const bad = await moderateRoute.POST(form(`/api/admin/reports/${commentId}`, { action: "delete" }), ctx({ commentId }));
    expect(bad.status).toBe(400);
  });
});
