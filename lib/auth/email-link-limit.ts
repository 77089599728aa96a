import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { isRateLimiterRes } from "@/lib/rate-limit/rate-limit";

// Emailed links (verification, taking an address back) per address: a stranger cannot flood
// someone's inbox with them. Belongs in lib/rate-limit's shared list once that module settles.
const LINKS_PER_HOUR = 3;

const globalForLimiter = globalThis as unknown as { papershelfEmailLinkLimiter?: RateLimiterPrisma };

/** Counts one email to `email`; answers the seconds to wait when it is over the limit, else null. */
export async function consumeEmailLink(email: string): Promise<number | null> {
  globalForLimiter.papershelfEmailLinkLimiter ??= new RateLimiterPrisma({
    storeClient: getDb(),
    tableName: "rateLimiterFlexible",
    keyPrefix: "emailLink",
    points: LINKS_PER_HOUR,
    duration: 60 * 60,
  });
  try {
    await globalForLimiter.papershelfEmailLinkLimiter.consume(email);
    return null;
  } catch (result) {
    if (!isRateLimiterRes(result)) throw result;
    return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  }
}
