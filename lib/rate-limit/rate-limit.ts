import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env.js";
import { jsonError } from "@/lib/http/json-error";

/**
 * Limits whose counters live in PostgreSQL (table "RateLimiterFlexible"), so they hold across
 * every app process that shares the database. Points are requests; duration is seconds.
 */
const LIMITS = {
  // Sign-ups from one address: enough for a household or a classroom, not for a script.
  signUp: { points: 20, duration: 60 * 60, message: "Too many sign-ups from your network" },
  // Guesses at one account's password, from anywhere.
  signInEmail: { points: 10, duration: 15 * 60, message: "Too many sign-in attempts for this account" },
  // Sign-ins from one address across accounts (credential stuffing).
  signInIp: { points: 100, duration: 15 * 60, message: "Too many sign-in attempts from your network" },
  vote: { points: env.RATE_LIMIT_VOTES_PER_MINUTE, duration: 60, message: "Too many votes" },
} as const;

export type RateLimitName = keyof typeof LIMITS;

const globalForLimiters = globalThis as unknown as { papershelfLimiters?: Map<RateLimitName, RateLimiterPrisma> };

function limiter(name: RateLimitName): RateLimiterPrisma {
  const limiters = (globalForLimiters.papershelfLimiters ??= new Map());
  let found = limiters.get(name);
  if (!found) {
    const { points, duration } = LIMITS[name];
    // The option is the Prisma client's model property, not the table's name.
    found = new RateLimiterPrisma({ storeClient: getDb(), tableName: "rateLimiterFlexible", keyPrefix: name, points, duration });
    limiters.set(name, found);
  }
  return found;
}

/**
 * Counts one request against `name` for `key`. Returns a 429 response with `Retry-After` when
 * the limit is reached, otherwise null.
 */
export async function rateLimit(name: RateLimitName, key: string): Promise<Response | null> {
  try {
    await limiter(name).consume(key);
    return null;
  } catch (result) {
    if (!(result instanceof RateLimiterRes)) throw result;
    const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    return jsonError(429, `${LIMITS[name].message}; try again in ${formatWait(seconds)}.`, { "Retry-After": String(seconds) });
  }
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
