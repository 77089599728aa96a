import "server-only";
import { commentsTag } from "@/lib/cache/cache-tags";
import { revalidateEverywhere } from "@/lib/cache/revalidate-everywhere";
import { refreshAfterVote } from "@/lib/votes/refresh-after-vote";

/**
 * After a comment write: the paper's discussion (its page, sub-threads and API) at once on every
 * server, since the writer looks for it straight away, also without script. When the count moved,
 * the lists' cards follow in the background within the window that votes use, so a busy
 * discussion does not re-render every feed on each comment.
 */
export async function refreshAfterComment(paperId: string, { countChanged }: { countChanged: boolean }): Promise<void> {
  await revalidateEverywhere({ now: [commentsTag(paperId)] });
  if (countChanged) await refreshAfterVote(null);
}
