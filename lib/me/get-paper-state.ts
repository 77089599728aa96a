import "server-only";
import type { PaperStateResponse } from "@/lib/api/me-schemas";
import type { SessionUser } from "@/lib/auth/get-session-user";
import { getDb } from "@/lib/db";
import { getCommentState } from "@/lib/comments/get-comment-state";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";

/**
 * Who the viewer is, their state of the papers on a page (votes, saves, reads: not queried when
 * there are none) and their unread inbox count, in at most five indexed queries run together.
 */
export async function getPaperState(user: SessionUser | null, paperIds: string[], commentsPaperId?: string): Promise<PaperStateResponse> {
  const db = getDb();
  const userId = user?.id ?? null;
  const viewer = user && { id: user.id, username: user.username, name: user.name };
  const inboxUnread = userId ? countUnreadInbox(db, userId) : Promise.resolve(0);
  const comments = commentsPaperId === undefined ? Promise.resolve(undefined) : getCommentState(db, userId, commentsPaperId);
  if (paperIds.length === 0) {
    const [unread, commentState] = await Promise.all([inboxUnread, comments]);
    return {
      signedIn: user !== null,
      user: viewer,
      votes: [],
      saved: [],
      read: [],
      counts: {},
      inboxUnread: unread,
      comments: commentState,
    };
  }
  const [papers, votes, saved, read, unread, commentState] = await Promise.all([
    db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, upvotes: true } }),
    userId ? db.vote.findMany({ where: { userId, paperId: { in: paperIds } }, select: { paperId: true } }) : [],
    userId
      ? db.collectionItem.findMany({
          where: { paperId: { in: paperIds }, collection: { ownerId: userId } },
          select: { paperId: true },
          distinct: ["paperId"],
        })
      : [],
    userId ? db.paperRead.findMany({ where: { userId, paperId: { in: paperIds } }, select: { paperId: true } }) : [],
    inboxUnread,
    comments,
  ]);
  return {
    signedIn: user !== null,
    user: viewer,
    votes: votes.map((v) => v.paperId),
    saved: saved.map((s) => s.paperId),
    read: read.map((r) => r.paperId),
    counts: Object.fromEntries(papers.map((p) => [p.id, p.upvotes])),
    inboxUnread: unread,
    comments: commentState,
  };
}
