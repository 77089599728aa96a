import "server-only";
import { getDb } from "@/lib/db";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";

/** How long an account counts as new: tighter limits on posting and reporting. */
export const NEW_ACCOUNT_MS = 24 * 60 * 60 * 1000;

/**
 * The posting limits a route's own limit (commentPost, per person) cannot count: the tighter one
 * for accounts younger than a day, the one per person on one paper, and the one per paper (everyone
 * together). Throws the 429.
 */
export async function checkCommentLimits(userId: string, paperId: string, now: Date = new Date()): Promise<void> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { createdAt: true } });
  if (user && now.getTime() - user.createdAt.getTime() < NEW_ACCOUNT_MS) await enforceRateLimit("commentPostNewAccount", `user:${userId}`);
  await enforceRateLimit("commentPostPersonPaper", `user:${userId}:paper:${paperId}`);
  await enforceRateLimit("commentPostPaper", `paper:${paperId}`);
}
