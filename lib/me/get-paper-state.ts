import "server-only";
import type { PaperStateResponse } from "@/lib/api/me-schemas";
import { getDb } from "@/lib/db";

/** The viewer's state for the papers on a page, in three indexed queries. */
export async function getPaperState(userId: string | null, paperIds: string[]): Promise<PaperStateResponse> {
  const db = getDb();
  const [papers, votes, saved] = await Promise.all([
    db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, upvotes: true } }),
    userId ? db.vote.findMany({ where: { userId, paperId: { in: paperIds } }, select: { paperId: true } }) : [],
    userId
      ? db.collectionItem.findMany({
          where: { paperId: { in: paperIds }, collection: { ownerId: userId } },
          select: { paperId: true },
          distinct: ["paperId"],
        })
      : [],
  ]);
  return {
    signedIn: userId !== null,
    votes: votes.map((v) => v.paperId),
    saved: saved.map((s) => s.paperId),
    counts: Object.fromEntries(papers.map((p) => [p.id, p.upvotes])),
  };
}
