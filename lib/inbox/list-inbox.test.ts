// listInbox on the real database: one list of matched papers and comment notifications, paged by
// keyset across both tables, with many entries at the same instant.
import { beforeEach, describe, expect, test } from "vitest";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { decodeInboxCursor } from "@/lib/inbox/inbox-cursor";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { createTestUsers, resetDb, testDb } from "@/tests/db";
import { addCommentNotifications, addMatchedPapers, newestFirst, type SeededEntry } from "@/tests/inbox";

beforeEach(async () => {
  await resetDb();
});

const at = (second: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, second));
const keyOf = (entry: { kind: string; id: string; createdAt: Date | string }) =>
  `${entry.kind}:${entry.id}@${new Date(entry.createdAt).toISOString()}`;

async function pageAll(userId: string, limit: number) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await listInbox(testDb(), userId, { limit, cursor: cursor === null ? null : decodeInboxCursor(cursor) });
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    pages.push(page.entries.map(keyOf));
    cursor = page.nextCursor;
    if (pages.length > 100) throw new Error("paging does not end");
  } while (cursor !== null);
  return pages;
}

describe("listInbox", () => {
  test("pages both kinds newest first, ties at one instant included, only the viewer's, for every page size", async () => {
    const [ada, bob, writer] = await createTestUsers(3, "inbox-list");
    // Three instants, each shared by papers and comments; mixed-case ids order by code unit ("C").
    const times = [at(3), at(3), at(3), at(2), at(2), at(1), at(1), at(1)];
    const mine: SeededEntry[] = [
      ...(await addMatchedPapers(ada!, times)),
      ...(await addCommentNotifications(ada!, writer!, times, ["a1", "B1", "b1", "A2", "a2", "Z3", "a3", "_3"])),
    ];
    // Bob's at the very same instants: a cursor from Ada's pages must never show them.
    await addMatchedPapers(bob!, times);
    await addCommentNotifications(bob!, writer!, times);
    const expected = newestFirst(mine).map(keyOf);

    for (const limit of [1, 2, 3, 5, 7, 16, 50]) {
      const pages = await pageAll(ada!, limit);
      expect(pages.flat(), `limit ${limit}`).toEqual(expected);
      expect(pages.length).toBe(Math.ceil(expected.length / limit));
    }
  });

  test("a paper two alerts matched is one entry, at its newest match, read once both items are", async () => {
    const [ada] = await createTestUsers(1, "inbox-list");
    const [older] = await addMatchedPapers(ada!, [at(1)]);
    const second = await testDb().alert.create({ data: { ownerId: ada!, kind: "AUTHOR", query: "Ada", feedToken: "t".repeat(32) } });
    await testDb().inboxItem.create({ data: { userId: ada!, paperId: older!.id, alertId: second.id, createdAt: at(5) } });
    const [newer] = await addMatchedPapers(ada!, [at(4)]);

    const first = await listInbox(testDb(), ada!, { limit: 1 });
    expect(first.entries).toMatchObject([{ kind: "paper", id: older!.id, createdAt: at(5).toISOString(), read: false }]);
    expect(first.entries[0]!.kind === "paper" && first.entries[0]!.alerts).toHaveLength(2);
    const rest = await listInbox(testDb(), ada!, { limit: 1, cursor: decodeInboxCursor(first.nextCursor!) });
    expect(rest.entries.map((e) => e.id)).toEqual([newer!.id]);
    expect(rest.nextCursor).toBeNull();

    await testDb().inboxItem.updateMany({ where: { paperId: older!.id, alertId: second.id }, data: { readAt: new Date() } });
    expect((await listInbox(testDb(), ada!)).entries.map((e) => e.read)).toEqual([false, false]);
    await testDb().inboxItem.updateMany({ where: { paperId: older!.id }, data: { readAt: new Date() } });
    expect((await listInbox(testDb(), ada!)).entries.map((e) => e.read)).toEqual([true, false]);
  });

  test("leaves out comments deleted or hidden since, and says who wrote the rest", async () => {
    const [ada, writer] = await createTestUsers(2, "inbox-list");
    await testDb().user.update({ where: { id: writer! }, data: { name: "Grace Writer" } });
    const [kept, deleted, hidden] = await addCommentNotifications(ada!, writer!, [at(3), at(2), at(1)]);
    const commentOf = async (id: string) => (await testDb().commentNotification.findUniqueOrThrow({ where: { id } })).commentId;
    await testDb().comment.update({ where: { id: await commentOf(deleted!.id) }, data: { deletedAt: new Date() } });
    await testDb().comment.update({ where: { id: await commentOf(hidden!.id) }, data: { hiddenAt: new Date() } });

    const { entries, nextCursor } = await listInbox(testDb(), ada!);
    expect(entries).toEqual([
      expect.objectContaining({ kind: "comment", id: kept!.id, reason: "REPLY", actor: "Grace Writer", read: false }),
    ]);
    expect(nextCursor).toBeNull();
  });

  test("Mark all read reaches comment notifications too, so the unread count is 0; marking papers leaves comments", async () => {
    const [ada, bob, writer] = await createTestUsers(3, "inbox-list");
    const [paper] = await addMatchedPapers(ada!, [at(1), at(2)]);
    await addCommentNotifications(ada!, writer!, [at(1), at(2), at(3)]);
    await addCommentNotifications(bob!, writer!, [at(1)]);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(5);

    expect(await markInboxRead(testDb(), ada!, { paperIds: [paper!.id], read: true })).toBe(1);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(4);
    expect(await markInboxRead(testDb(), ada!, { all: true, read: true })).toBe(4);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(0);
    expect((await listInbox(testDb(), ada!)).entries.every((e) => e.read)).toBe(true);
    // Bob's are his own.
    expect(await countUnreadInbox(testDb(), bob!)).toBe(1);

    expect(await markInboxRead(testDb(), ada!, { all: true, read: false })).toBe(5);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(5);
  });
});
