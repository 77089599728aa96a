import "server-only";
import { unstable_cache } from "next/cache";
import { PAPERS_TAG, profileTag } from "@/lib/cache/cache-tags";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import { paperSummarySelect, toPaperSummary } from "@/lib/papers/paper-summary";
import { readFromReplica } from "@/lib/replicas/read-from-replica";

export const PROFILE_UPVOTES_LIMIT = 100;

export type PublicProfile = { username: string; name: string; joinedAt: string; upvoted: PaperSummary[] };

async function findPublicProfile(username: string): Promise<PublicProfile | null> {
  // Cached, so read where every write before it shows ("fresh").
  const user = await readFromReplica("fresh", (db) =>
    db.user.findUnique({
      where: { username },
      select: {
        username: true,
        name: true,
        createdAt: true,
        // Newest upvote first, through the (userId, createdAt DESC) index.
        votes: { orderBy: { createdAt: "desc" }, take: PROFILE_UPVOTES_LIMIT, select: { paper: { select: paperSummarySelect } } },
      },
    }),
  );
  if (!user?.username) return null;
  return {
    username: user.username,
    name: user.name?.trim() || user.username,
    joinedAt: user.createdAt.toISOString(),
    upvoted: user.votes.map((vote) => toPaperSummary(vote.paper)),
  };
}

/**
 * A person's public page: name, joined date and upvoted papers. Cached under the papers (titles,
 * counts) and under the person's own tag, which their vote expires at once (lib/votes/refresh-after-vote.ts).
 */
export function getPublicProfile(username: string): Promise<PublicProfile | null> {
  const cached = unstable_cache(findPublicProfile, ["public-profile"], { tags: [PAPERS_TAG, profileTag(username)], revalidate: 3600 });
  return cached(username);
}
