import { beforeEach, describe, expect, test, vi } from "vitest";

// More connections than the default, so posts and votes really run side by side in the database.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "16";
});

import { EDIT_WINDOW_MS } from "@/lib/comments/comment-limits";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { findCommentPage } from "@/lib/comments/find-comment-page";
import { findCommentSubthread } from "@/lib/comments/find-comment-subthread";
import { getCommentState } from "@/lib/comments/get-comment-state";
import { postComment } from "@/lib/comments/post-comment";
import { setCommentVote } from "@/lib/comments/set-comment-vote";
import { unsetCommentVote } from "@/lib/comments/unset-comment-vote";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

beforeEach(async () => {
  await resetDb();
});

async function post(paperId: string, authorId: string, body: string, parentId?: string, now?: Date) {
  const result = await postComment({ paperId, authorId, body, parentId }, now);
  if (result.status !== "ok") throw new Error(`post failed: ${result.status}`);
  return result;
}

async function commentCount(paperId: string) {
  return (await testDb().paper.findUniqueOrThrow({ where: { id: paperId } })).commentCount;
}

describe("posting", () => {
  test("a comment and a reply are stored rendered, counted, and nested", async () => {
    const paper = await createTestPaper();
    const [ada, bob] = await createTestUsers(2, "commenter");
    const top = await post(paper.id, ada!, "Nice *result*: $x^2$");
    expect(top.comment.bodyHtml).toContain("<em>result</em>");
    expect(top.comment.bodyHtml).toContain("<math");
    const reply = await post(paper.id, bob!, "Thanks", top.comment.id);
    expect(reply.comment.depth).toBe(1);
    expect(reply.commentCount).toBe(2);
    const page = await findCommentPage(testDb(), paper.id, { sort: "best", limit: 20 });
    expect(page!.commentCount).toBe(2);
    expect(page!.comments).toHaveLength(1);
    expect(page!.comments[0]!.replies.map((r) => r.id)).toEqual([reply.comment.id]);
    expect(page!.comments[0]!.author?.username).toMatch(/^commenter-/);
  });

  test("a reply's parent must be on the same paper and not deleted", async () => {
    const [paper, other] = [await createTestPaper(), await createTestPaper()];
    const [ada] = await createTestUsers(1);
    const top = await post(paper.id, ada!, "first");
    expect((await postComment({ paperId: other.id, authorId: ada!, body: "x", parentId: top.comment.id })).status).toBe("no-parent");
    await deleteComment({ commentId: top.comment.id, userId: ada! });
    expect((await postComment({ paperId: paper.id, authorId: ada!, body: "x", parentId: top.comment.id })).status).toBe("no-parent");
    expect((await postComment({ paperId: "nope", authorId: ada!, body: "x" })).status).toBe("no-paper");
    expect(await commentCount(other.id)).toBe(0);
  });
});

describe("authorization", () => {
  test("only the author edits, and only within 15 minutes (by the injected clock)", async () => {
    const paper = await createTestPaper();
    const [ada, bob] = await createTestUsers(2);
    const postedAt = new Date();
    const { comment } = await post(paper.id, ada!, "typo", undefined, postedAt);
    expect((await editComment({ commentId: comment.id, userId: bob!, body: "mine now" })).status).toBe("not-author");
    const edited = await editComment({ commentId: comment.id, userId: ada!, body: "fixed" }, new Date(postedAt.getTime() + 60_000));
    expect(edited.status).toBe("ok");
    if (edited.status === "ok") expect(edited.comment.editedAt).not.toBeNull();
    const late = new Date(postedAt.getTime() + EDIT_WINDOW_MS + 1000);
    expect((await editComment({ commentId: comment.id, userId: ada!, body: "too late" }, late)).status).toBe("too-late");
    const stored = await testDb().comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored.body).toBe("fixed");
  });

  test("only the author deletes; with replies it stays as [deleted], without it leaves the thread", async () => {
    const paper = await createTestPaper();
    const [ada, bob] = await createTestUsers(2);
    const top = await post(paper.id, ada!, "secret text");
    const lone = await post(paper.id, ada!, "lonely");
    await post(paper.id, bob!, "a reply", top.comment.id);
    expect((await deleteComment({ commentId: top.comment.id, userId: bob! })).status).toBe("not-author");
    expect(await commentCount(paper.id)).toBe(3);
    expect((await deleteComment({ commentId: top.comment.id, userId: ada! })).status).toBe("ok");
    expect((await deleteComment({ commentId: lone.comment.id, userId: ada! })).status).toBe("ok");
    // Twice changes nothing.
    expect((await deleteComment({ commentId: lone.comment.id, userId: ada! })).status).toBe("ok");
    expect(await commentCount(paper.id)).toBe(1);
    const page = await findCommentPage(testDb(), paper.id, { sort: "new", limit: 20 });
    expect(page!.comments).toHaveLength(1);
    const [tombstone] = page!.comments;
    expect(tombstone).toMatchObject({ id: top.comment.id, deleted: true, author: null, bodyHtml: "" });
    expect(tombstone!.replies).toHaveLength(1);
    const stored = await testDb().comment.findUniqueOrThrow({ where: { id: top.comment.id } });
    expect(stored.body).toBe("");
    expect((await editComment({ commentId: top.comment.id, userId: ada!, body: "back" })).status).toBe("not-found");
  });
});

describe("the viewer's state for the batched per-viewer request", () => {
  test("my votes and my comments, with the Markdown only while still editable; nothing signed out", async () => {
    const paper = await createTestPaper();
    const [ada, bob] = await createTestUsers(2);
    const postedAt = new Date();
    const mine = await post(paper.id, ada!, "*mine*", undefined, postedAt);
    const theirs = await post(paper.id, bob!, "theirs");
    await setCommentVote(ada!, theirs.comment.id);
    const now = await getCommentState(testDb(), ada!, paper.id, new Date(postedAt.getTime() + 1000));
    expect(now.voted).toEqual([theirs.comment.id]);
    expect(now.mine).toEqual([
      { id: mine.comment.id, editableUntil: new Date(postedAt.getTime() + EDIT_WINDOW_MS).toISOString(), body: "*mine*" },
    ]);
    const later = await getCommentState(testDb(), ada!, paper.id, new Date(postedAt.getTime() + EDIT_WINDOW_MS + 1000));
    expect(later.mine[0]!.body).toBeUndefined();
    expect(await getCommentState(testDb(), null, paper.id)).toEqual({ voted: [], mine: [] });
  });
});

describe("threads", () => {
  test("below the readable depth, replies are counted for Continue this thread", async () => {
    const paper = await createTestPaper();
    const [ada] = await createTestUsers(1);
    let parent = (await post(paper.id, ada!, "depth 0")).comment.id;
    const chain = [parent];
    for (let depth = 1; depth <= 6; depth++) {
      parent = (await post(paper.id, ada!, `depth ${depth}`, parent)).comment.id;
      chain.push(parent);
    }
    const page = await findCommentPage(testDb(), paper.id, { sort: "best", limit: 20 });
    let node = page!.comments[0]!;
    for (let depth = 1; depth <= 3; depth++) node = node.replies[0]!;
    expect(node.depth).toBe(3);
    expect(node.replies).toEqual([]);
    expect(node.hiddenReplies).toBe(3);
    const sub = await findCommentSubthread(testDb(), paper.id, chain[3]!, "best");
    expect(sub!.id).toBe(chain[3]);
    expect(sub!.replies[0]!.replies[0]!.replies[0]!.id).toBe(chain[6]);
  });

  test("pages of top-level comments follow the keyset, Best by votes", async () => {
    const paper = await createTestPaper();
    const users = await createTestUsers(5);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(paper.id, users[i]!, `comment ${i}`)).comment.id);
    for (const voter of users.slice(0, 3)) await setCommentVote(voter, ids[4]!);
    await setCommentVote(users[0]!, ids[2]!);
    const first = await findCommentPage(testDb(), paper.id, { sort: "best", limit: 2 });
    const second = await findCommentPage(testDb(), paper.id, { sort: "best", limit: 2, cursor: first!.nextCursor });
    const third = await findCommentPage(testDb(), paper.id, { sort: "best", limit: 2, cursor: second!.nextCursor });
    expect([...first!.comments, ...second!.comments, ...third!.comments].map((c) => c.id)).toEqual([
      ids[4],
      ids[2],
      ids[0],
      ids[1],
      ids[3],
    ]);
    expect(third!.nextCursor).toBeNull();
    const newest = await findCommentPage(testDb(), paper.id, { sort: "new", limit: 5 });
    expect(newest!.comments.map((c) => c.id)).toEqual([...ids].reverse());
  });
});

describe("concurrency", () => {
  test("100 people replying and voting at once on one thread: exact counts, no lost comment", async () => {
    const paper = await createTestPaper();
    const users = await createTestUsers(100, "crowd");
    const top = await post(paper.id, users[0]!, "Discuss");
    const operations = users.flatMap((user) => [
      () => postComment({ paperId: paper.id, authorId: user, body: `reply from ${user}`, parentId: top.comment.id }),
      () => setCommentVote(user, top.comment.id),
      () => setCommentVote(user, top.comment.id),
    ]);
    const results = await Promise.all(operations.sort(() => Math.random() - 0.5).map((operation) => operation()));
    const replies = results.filter((r) => r !== null && "status" in r && r.status === "ok");
    expect(replies).toHaveLength(100);
    expect(await testDb().comment.count({ where: { parentId: top.comment.id } })).toBe(100);
    expect(await commentCount(paper.id)).toBe(101);
    const stored = await testDb().comment.findUniqueOrThrow({ where: { id: top.comment.id } });
    expect(stored.upvotes).toBe(100);
    expect(await testDb().commentVote.count({ where: { commentId: top.comment.id } })).toBe(100);
    // Half take their vote back, twice each, while the other half vote on the replies.
    const replyIds = (await testDb().comment.findMany({ where: { parentId: top.comment.id }, select: { id: true } })).map((r) => r.id);
    await Promise.all(
      users.flatMap((user, i) =>
        i % 2 === 0
          ? [unsetCommentVote(user, top.comment.id), unsetCommentVote(user, top.comment.id)]
          : [setCommentVote(user, replyIds[i % replyIds.length]!)],
      ),
    );
    expect((await testDb().comment.findUniqueOrThrow({ where: { id: top.comment.id } })).upvotes).toBe(50);
    const replyVotes = await testDb().comment.aggregate({ where: { parentId: top.comment.id }, _sum: { upvotes: true } });
    expect(replyVotes._sum.upvotes).toBe(50);
    // Deleting (each twice) and posting at once keeps the count equal to what is left to read.
    const authored = await testDb().comment.findMany({
      where: { parentId: top.comment.id },
      select: { id: true, authorId: true },
      take: 30,
    });
    await Promise.all([
      ...authored.flatMap((c) => [
        deleteComment({ commentId: c.id, userId: c.authorId! }),
        deleteComment({ commentId: c.id, userId: c.authorId! }),
      ]),
      ...users.slice(0, 30).map((user) => postComment({ paperId: paper.id, authorId: user, body: "more", parentId: top.comment.id })),
    ]);
    const visible = await testDb().comment.count({ where: { paperId: paper.id, deletedAt: null } });
    expect(visible).toBe(101);
    expect(await commentCount(paper.id)).toBe(visible);
  });
});
