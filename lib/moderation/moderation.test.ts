import { beforeEach, describe, expect, test, vi } from "vitest";

// The moderators of these tests; read once by lib/env.js, so set before anything imports it.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "16";
  process.env.ADMIN_USERNAMES = "mod_alpha, mod_beta";
});

import { deleteComment } from "@/lib/comments/delete-comment";
import { findCommentPage } from "@/lib/comments/find-comment-page";
import { getCommentState } from "@/lib/comments/get-comment-state";
import { postComment } from "@/lib/comments/post-comment";
import { HttpError } from "@/lib/http/http-error";
import { assertNotSuspended } from "@/lib/moderation/assert-not-suspended";
import { dismissReports } from "@/lib/moderation/dismiss-reports";
import { listReportedComments } from "@/lib/moderation/list-reported-comments";
import { reportComment } from "@/lib/moderation/report-comment";
import { setCommentHidden } from "@/lib/moderation/set-comment-hidden";
import { setUserSuspended } from "@/lib/moderation/set-user-suspended";
import { getSessionVersion } from "@/lib/users/get-session-version";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

let moderatorId: string;

beforeEach(async () => {
  await resetDb();
  moderatorId = (await testDb().user.create({ data: { username: "mod_alpha", email: `mod-${Math.random()}@example.com` } })).id;
});

async function post(paperId: string, authorId: string, body: string, parentId?: string) {
  const result = await postComment({ paperId, authorId, body, parentId });
  if (result.status !== "ok") throw new Error(`post failed: ${result.status}`);
  return result.comment;
}

async function commentCount(paperId: string) {
  return (await testDb().paper.findUniqueOrThrow({ where: { id: paperId } })).commentCount;
}

describe("reports", () => {
  test("one open report per person and comment, even when sent at once; dismissed, a new one reopens it", async () => {
    const paper = await createTestPaper();
    const [author, reader] = await createTestUsers(2, "rep");
    const comment = await post(paper.id, author!, "Buy cheap pills");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => reportComment({ commentId: comment.id, reporterId: reader!, reason: "SPAM", note: null })),
    );
    expect(results.every((r) => r.status === "ok")).toBe(true);
    expect(results.filter((r) => r.status === "ok" && r.created)).toHaveLength(1);
    expect(await testDb().commentReport.count()).toBe(1);

    expect(await dismissReports({ commentId: comment.id, actorId: moderatorId })).toBe(1);
    expect(await listReportedComments(testDb())).toEqual([]);
    const again = await reportComment({ commentId: comment.id, reporterId: reader!, reason: "HARASSMENT", note: "still bad" });
    expect(again).toEqual({ status: "ok", created: true });
    const [listed] = await listReportedComments(testDb());
    expect(listed!.reports).toEqual([expect.objectContaining({ reason: "HARASSMENT", note: "still bad" })]);
  });

  test("are grouped by comment, most reported first, with the paper and author", async () => {
    const paper = await createTestPaper({ title: "Reported paper" });
    const [author, a, b] = await createTestUsers(3, "grp");
    const once = await post(paper.id, author!, "once");
    const twice = await post(paper.id, author!, "twice");
    await reportComment({ commentId: once.id, reporterId: a!, reason: "OFF_TOPIC", note: null });
    await reportComment({ commentId: twice.id, reporterId: a!, reason: "SPAM", note: null });
    await reportComment({ commentId: twice.id, reporterId: b!, reason: "OTHER", note: "see above" });
    const listed = await listReportedComments(testDb());
    expect(listed.map((c) => [c.commentId, c.reports.length])).toEqual([
      [twice.id, 2],
      [once.id, 1],
    ]);
    expect(listed[0]).toMatchObject({ paperTitle: "Reported paper", paperSlug: paper.slug, hidden: false, author: { id: author } });
  });

  test("a deleted, hidden or unknown comment cannot be reported", async () => {
    const paper = await createTestPaper();
    const [author, reader] = await createTestUsers(2, "gone");
    const deleted = await post(paper.id, author!, "soon gone");
    await deleteComment({ commentId: deleted.id, userId: author! });
    const hidden = await post(paper.id, author!, "hidden");
    await setCommentHidden({ commentId: hidden.id, actorId: moderatorId, hidden: true });
    for (const commentId of [deleted.id, hidden.id, "no-such-comment"]) {
      expect(await reportComment({ commentId, reporterId: reader!, reason: "SPAM", note: null })).toEqual({ status: "not-found" });
    }
  });
});

describe("hiding and restoring", () => {
  test("only a moderator, checked in the write: anyone else changes nothing", async () => {
    const paper = await createTestPaper();
    const [author, other] = await createTestUsers(2, "nomod");
    const comment = await post(paper.id, author!, "text");
    for (const actorId of [author!, other!]) {
      expect(await setCommentHidden({ commentId: comment.id, actorId, hidden: true })).toEqual({ status: "forbidden" });
      expect(await dismissReports({ commentId: comment.id, actorId })).toBeNull();
      expect(await setUserSuspended({ userId: author!, actorId, suspended: true })).toEqual({ status: "forbidden" });
    }
    expect(await setCommentHidden({ commentId: "nope", actorId: moderatorId, hidden: true })).toEqual({ status: "not-found" });
    expect((await testDb().comment.findUniqueOrThrow({ where: { id: comment.id } })).hiddenAt).toBeNull();
    expect(await commentCount(paper.id)).toBe(1);
  });

  test("the count stays exact: 20 hides and 20 restores at once, and a deleted comment counted once", async () => {
    const paper = await createTestPaper();
    const [author, replier] = await createTestUsers(2, "count");
    const comments = await Promise.all(Array.from({ length: 5 }, (_, i) => post(paper.id, author!, `comment ${i}`)));
    expect(await commentCount(paper.id)).toBe(5);
    const target = comments[0]!;
    const hides = await Promise.all(
      Array.from({ length: 20 }, () => setCommentHidden({ commentId: target.id, actorId: moderatorId, hidden: true })),
    );
    expect(hides.filter((r) => r.status === "ok" && r.changed)).toHaveLength(1);
    expect(await commentCount(paper.id)).toBe(4);
    const restores = await Promise.all(
      Array.from({ length: 20 }, () => setCommentHidden({ commentId: target.id, actorId: moderatorId, hidden: false })),
    );
    expect(restores.filter((r) => r.status === "ok" && r.changed)).toHaveLength(1);
    expect(await commentCount(paper.id)).toBe(5);

    // Hidden, then deleted by its author, then restored: it left the count once and does not come back.
    const second = comments[1]!;
    await setCommentHidden({ commentId: second.id, actorId: moderatorId, hidden: true });
    await deleteComment({ commentId: second.id, userId: author! });
    expect(await commentCount(paper.id)).toBe(4);
    await setCommentHidden({ commentId: second.id, actorId: moderatorId, hidden: false });
    expect(await commentCount(paper.id)).toBe(4);

    // Replies to a hidden comment are refused; the public thread leaves it out.
    await setCommentHidden({ commentId: target.id, actorId: moderatorId, hidden: true });
    expect((await postComment({ paperId: paper.id, authorId: replier!, body: "re", parentId: target.id })).status).toBe("no-parent");
    const page = await findCommentPage(testDb(), paper.id, { sort: "new", limit: 20 });
    expect(page!.comments.map((c) => c.id)).not.toContain(target.id);
    expect(page!.commentCount).toBe(3);
    const counted = await testDb().comment.count({ where: { paperId: paper.id, deletedAt: null, hiddenAt: null } });
    expect(await commentCount(paper.id)).toBe(counted);
  });

  test("a hidden comment is gone for everyone but its author, who sees it in their own state, marked", async () => {
    const paper = await createTestPaper();
    const [author, other] = await createTestUsers(2, "own");
    const comment = await post(paper.id, author!, "my *words*");
    await setCommentHidden({ commentId: comment.id, actorId: moderatorId, hidden: true });
    const page = await findCommentPage(testDb(), paper.id, { sort: "best", limit: 20 });
    expect(page!.comments).toEqual([]);
    const mine = await getCommentState(testDb(), author!, paper.id);
    expect(mine.hidden).toEqual([{ id: comment.id, bodyHtml: comment.bodyHtml, createdAt: comment.createdAt }]);
    expect((await getCommentState(testDb(), other!, paper.id)).hidden).toBeUndefined();
    expect((await getCommentState(testDb(), null, paper.id)).hidden).toBeUndefined();
    await setCommentHidden({ commentId: comment.id, actorId: moderatorId, hidden: false });
    expect((await getCommentState(testDb(), author!, paper.id)).hidden).toBeUndefined();
  });

  test("a hidden comment stays in the queue, marked, until its reports are dismissed", async () => {
    const paper = await createTestPaper();
    const [author, reader] = await createTestUsers(2, "resolve");
    const comment = await post(paper.id, author!, "rude");
    await reportComment({ commentId: comment.id, reporterId: reader!, reason: "HARASSMENT", note: null });
    await setCommentHidden({ commentId: comment.id, actorId: moderatorId, hidden: true });
    expect(await listReportedComments(testDb())).toEqual([expect.objectContaining({ commentId: comment.id, hidden: true })]);
    expect(await dismissReports({ commentId: comment.id, actorId: moderatorId })).toBe(1);
    expect(await listReportedComments(testDb())).toEqual([]);
    expect((await testDb().comment.findUniqueOrThrow({ where: { id: comment.id } })).hiddenAt).not.toBeNull();
  });
});

describe("suspension", () => {
  test("ends the account's sessions, refuses its writes, and is lifted by a moderator", async () => {
    const [user] = await createTestUsers(1, "susp");
    const before = await getSessionVersion(user!);
    expect(before).toBe(0);
    await expect(assertNotSuspended(user!)).resolves.toBeUndefined();

    expect(await setUserSuspended({ userId: user!, actorId: moderatorId, suspended: true, reason: "spam" })).toEqual({
      status: "ok",
      changed: true,
    });
    // No session cookie of it is valid while suspended: not the old one, not one made by signing in again.
    expect(await getSessionVersion(user!)).toBeNull();
    const refused = await assertNotSuspended(user!).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 403, message: "Your account is suspended." });

    // Twice at once: one bump of the session version.
    await setUserSuspended({ userId: user!, actorId: moderatorId, suspended: true });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user! } })).sessionVersion).toBe(1);

    expect(await setUserSuspended({ userId: user!, actorId: moderatorId, suspended: false })).toEqual({ status: "ok", changed: true });
    await expect(assertNotSuspended(user!)).resolves.toBeUndefined();
    // The cookie from before the suspension stays ended: the version moved on.
    expect(await getSessionVersion(user!)).toBe(1);
  });

  test("a moderator cannot suspend themselves", async () => {
    expect(await setUserSuspended({ userId: moderatorId, actorId: moderatorId, suspended: true })).toEqual({ status: "forbidden" });
  });
});
