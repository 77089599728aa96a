import { beforeEach, describe, expect, test, vi } from "vitest";

// More connections than the default, so marks really run side by side in the database.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "16";
});

import { getPaperState } from "@/lib/me/get-paper-state";
import { listReads } from "@/lib/reads/list-reads";
import { markRead } from "@/lib/reads/mark-read";
import { unmarkRead } from "@/lib/reads/unmark-read";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

const rowsOf = (userId: string) => testDb().paperRead.findMany({ where: { userId }, orderBy: { paperId: "asc" } });
const viewer = (id: string) => ({ id, username: id, name: id });

beforeEach(async () => {
  await resetDb();
});

describe("marking read", () => {
  test("the same paper marked 30 times at once gives one row and no error", async () => {
    const [user] = await createTestUsers(1, "reader");
    const paper = await createTestPaper();
    const results = await Promise.all(Array.from({ length: 30 }, () => markRead(user!, paper.id)));
    expect(results.every((r) => r.status === "ok")).toBe(true);
    expect(await rowsOf(user!)).toHaveLength(1);
  });

  test("marking again keeps one row and moves readAt to the latest opening", async () => {
    const [user] = await createTestUsers(1, "reader");
    const paper = await createTestPaper();
    const first = await markRead(user!, paper.id);
    const again = await markRead(user!, paper.id);
    if (first.status !== "ok" || again.status !== "ok") throw new Error("not marked");
    expect(again.readAt.getTime()).toBeGreaterThanOrEqual(first.readAt.getTime());
    const rows = await rowsOf(user!);
    expect(rows.map((r) => r.readAt.getTime())).toEqual([again.readAt.getTime()]);
  });

  test("an unknown paper is no-paper and writes nothing", async () => {
    const [user] = await createTestUsers(1, "reader");
    expect(await markRead(user!, "no-such-paper")).toEqual({ status: "no-paper" });
    expect(await unmarkRead(user!, "no-such-paper")).toEqual({ status: "no-paper" });
    expect(await rowsOf(user!)).toEqual([]);
  });

  test("many people marking many papers at once each get exactly their own rows", async () => {
    const users = await createTestUsers(4, "reader");
    const papers = await Promise.all(Array.from({ length: 5 }, () => createTestPaper()));
    await Promise.all(users.flatMap((u) => papers.flatMap((p) => [markRead(u, p.id), markRead(u, p.id)])));
    for (const user of users) expect((await rowsOf(user)).map((r) => r.paperId)).toEqual(papers.map((p) => p.id).sort());
  });
});

describe("marking unread", () => {
  test("removes the row once, however many times it runs at once, and leaves others' reads alone", async () => {
    const [ada, bob] = await createTestUsers(2, "reader");
    const paper = await createTestPaper();
    await Promise.all([markRead(ada!, paper.id), markRead(bob!, paper.id)]);
    const results = await Promise.all(Array.from({ length: 10 }, () => unmarkRead(ada!, paper.id)));
    expect(results.filter((r) => r.status === "ok" && r.removed)).toHaveLength(1);
    expect(results.every((r) => r.status === "ok")).toBe(true);
    expect(await rowsOf(ada!)).toEqual([]);
    expect(await rowsOf(bob!)).toHaveLength(1);
  });
});

describe("reading it back", () => {
  test("the per-viewer state says read only for the viewer's own reads", async () => {
    const [ada, bob] = await createTestUsers(2, "reader");
    const [read, unread] = await Promise.all([createTestPaper(), createTestPaper()]);
    await markRead(ada!, read.id);
    expect((await getPaperState(viewer(ada!), [read.id, unread.id])).read).toEqual([read.id]);
    expect((await getPaperState(viewer(bob!), [read.id, unread.id])).read).toEqual([]);
    expect((await getPaperState(null, [read.id])).read).toEqual([]);
  });

  test("the history pages last read first, without gaps or repeats, and only the person's own", async () => {
    const [ada, bob] = await createTestUsers(2, "reader");
    const papers = [];
    for (let i = 0; i < 7; i++) papers.push(await createTestPaper());
    for (const paper of papers) await markRead(ada!, paper.id);
    await markRead(bob!, papers[0]!.id);
    // Marks within one millisecond tie; set distinct times, with one tie, so the order is known.
    const base = Date.UTC(2026, 0, 1);
    for (const [i, paper] of papers.entries()) {
      const readAt = new Date(base + Math.min(i, 5) * 60_000);
      await testDb().paperRead.update({ where: { userId_paperId: { userId: ada!, paperId: paper.id } }, data: { readAt } });
    }
    const tied = papers.slice(5).sort((a, b) => b.id.localeCompare(a.id));
    const expected = [...tied, ...papers.slice(0, 5).reverse()].map((p) => p.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listReads(ada!, { limit: 3, cursor });
      seen.push(...page.reads.map((r) => r.paper.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect((await listReads(bob!, { limit: 10 })).reads.map((r) => r.paper.id)).toEqual([papers[0]!.id]);
  });

  test("a cursor that is not one is refused with a 400", async () => {
    const [ada] = await createTestUsers(1, "reader");
    await expect(listReads(ada!, { limit: 3, cursor: "bogus" })).rejects.toMatchObject({ status: 400 });
  });
});
