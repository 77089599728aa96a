import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";

// The limits of subscribing and importing; counters in PostgreSQL like lib/rate-limit's, so they
// hold across app processes. Points are requests, duration seconds.
const LIMITS = {
  // Subscribe requests from one network: plenty for people, not for a script.
  subscribeIp: { points: 20, duration: 60 * 60 },
  // Confirmation emails to one address: a stranger cannot flood someone's inbox with them.
  subscribeEmail: { points: 3, duration: 60 * 60 },
  // Papers one person imports: each costs a request to arXiv, which asks for restraint.
  importPaper: { points: 30, duration: 60 * 60 },
} as const;

type LimitName = keyof typeof LIMITS;

const globalForLimiters = globalThis as unknown as { papershelfIoLimiters?: Map<LimitName, RateLimiterPrisma> };

/** Counts one request of `name` for `key`; returns the seconds to wait when the limit is reached, else null. */
export async function consumeLimit(name: LimitName, key: string): Promise<number | null> {
  const limiters = (globalForLimiters.papershelfIoLimiters ??= new Map());
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: getDb(), tableName: "rateLimiterFlexible", keyPrefix: name, ...LIMITS[name] });
    limiters.set(name, limiter);
  }
  try {
    await limiter.consume(key);
    return null;
  } catch (result) {
    if (!(result instanceof RateLimiterRes)) throw result;
    return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  }
}
