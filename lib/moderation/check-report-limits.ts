import "server-only";
import { NEW_ACCOUNT_MS } from "@/lib/comments/check-comment-limits";
import { getDb } from "@/lib/db";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";

/** The tighter report limit for accounts younger than a day, which the route's own limit cannot count. Throws the 429. */
export async function checkReportLimits(userId: string, now: Date = new Date()): Promise<void> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { createdAt: true } });
  if (user && now.getTime() - user.createdAt.getTime() < NEW_ACCOUNT_MS)
    await enforceRateLimit("commentReportNewAccount", `user:${userId}`);
}
