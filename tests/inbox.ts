// Inbox entries of both kinds written straight into the test database, at chosen times, so paging
// can be tested on ties that matching or posting comments would rarely produce.
import { randomBytes } from "node:crypto";
import { createTestPaper, testDb } from "@/tests/db";

export type SeededEntry = { kind: "paper" | "comment"; id: string; createdAt: Date };

/** An alert of `userId`'s, and a paper it matched at each of `times`: the entries' ids are the papers'. */
export async function addMatchedPapers(userId: string, times: Date[]): Promise<SeededEntry[]> {
  const alert = await testDb().alert.create({
    data: {
      ownerId: userId,
      kind: "CATEGORY",
      query: `test.${randomBytes(4).toString("hex")}`,
      feedToken: randomBytes(24).toString("base64url"),
    },
  });
  const entries: SeededEntry[] = [];
  for (const createdAt of times) {
    const paper = await createTestPaper();
    await testDb().inboxItem.create({ data: { userId, paperId: paper.id, alertId: alert.id, createdAt } });
    entries.push({ kind: "paper", id: paper.id, createdAt });
  }
  return entries;
}

/**
 * A reply notification of `userId`'s at each of `times`, about a comment `authorId` wrote on one
 * paper; `ids` gives the notifications' ids (mixed case tests the order of ids), else cuids.
 */
export async function addCommentNotifications(userId: string, authorId: string, times: Date[], ids?: string[]): Promise<SeededEntry[]> {
  const paper = await createTestPaper();
  const entries: SeededEntry[] = [];
  for (const [i, createdAt] of times.entries()) {
    const comment = await testDb().comment.create({
      data: { paperId: paper.id, authorId, body: `Reply ${i}`, bodyHtml: `<p>Reply ${i}</p>` },
    });
    const notification = await testDb().commentNotification.create({
      data: { id: ids?.[i], userId, commentId: comment.id, kind: "REPLY", createdAt },
    });
    entries.push({ kind: "comment", id: notification.id, createdAt });
  }
  return entries;
}

/** Newest first; at the same time a paper before a comment, then the larger id (by code unit). */
export function newestFirst(entries: SeededEntry[]): SeededEntry[] {
  const byCodeUnit = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return [...entries].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.kind === b.kind ? byCodeUnit(a.id, b.id) : a.kind === "paper" ? -1 : 1),
  );
}
