import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { isRateLimiterRes } from "@/lib/rate-limit/rate-limit";

// Password sign-in limits, counted on the value that authorize() checks. Apart from the shared list
// in lib/rate-limit/rate-limit.ts because they are not a fixed number per window: each failure
// after the free ones holds the next try for a growing wait (rate-limiter-flexible's customDuration).
//
// Failures are counted per account AND address, so a stranger who fails on purpose slows only
// themselves, never the account's owner: from one address, 5 failures are free, then each try
// waits 1, 2, 4, 8, 16, 32 minutes, then an hour. That is at most 10 guesses in the first hour and
// 1 an hour after, forgotten 24 hours after the first failure or at a successful sign-in.
// Failures across accounts are also counted per address (credential stuffing).
export const SIGN_IN_LIMITS = {
  freeFailures: 5,
  firstWaitSeconds: 60,
  maxWaitSeconds: 60 * 60,
  failureMemorySeconds: 24 * 60 * 60,
  addressFailures: 100,
  addressWindowSeconds: 15 * 60,
} as const;

/** Seconds before the next try once an account has had `failures` failures from one address. */
export function waitAfterFailures(failures: number): number {
  const { freeFailures, firstWaitSeconds, maxWaitSeconds } = SIGN_IN_LIMITS;
  if (failures < freeFailures) return 0;
  return Math.min(maxWaitSeconds, firstWaitSeconds * 2 ** Math.min(failures - freeFailures, 20));
}

type Limiters = { failures: RateLimiterPrisma; turn: RateLimiterPrisma; address: RateLimiterPrisma };

const globalForLimiters = globalThis as unknown as { papershelfSignInLimiters?: Limiters };

function limiters(): Limiters {
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPrisma({ storeClient: getDb(), tableName: "rateLimiterFlexible", keyPrefix, points, duration });
  const { failureMemorySeconds, addressFailures, addressWindowSeconds } = SIGN_IN_LIMITS;
  globalForLimiters.papershelfSignInLimiters ??= {
    // Attempts not (yet) followed by a success, per account and address.
    failures: make("signInFailures", Number.MAX_SAFE_INTEGER, failureMemorySeconds),
    // The one try allowed after the free ones, each held for its own wait (customDuration).
    turn: make("signInTurn", 1, SIGN_IN_LIMITS.maxWaitSeconds),
    address: make("signInAddress", addressFailures, addressWindowSeconds),
  };
  return globalForLimiters.papershelfSignInLimiters;
}

export type SignInAttempt =
  { allowed: true; succeeded: () => Promise<void> } | { allowed: false; retryAfterSeconds: number; message: string };

/**
 * Counts a password sign-in attempt for `email` from `address` before the password is checked.
 * An attempt is counted as a failure up front, so that simultaneous guesses cannot all slip in
 * before the first one fails; `succeeded()` takes it back and forgets the account's failures.
 */
export async function startSignInAttempt(email: string, address: string): Promise<SignInAttempt> {
  const { failures, turn, address: perAddress } = limiters();
  const account = `${address} ${email}`;
  try {
    await perAddress.consume(address);
  } catch (result) {
    if (!isRateLimiterRes(result)) throw result;
    return refused(result, "Too many failed sign-ins from your network");
  }
  const failed = (await failures.penalty(account)).consumedPoints;
  if (failed >= SIGN_IN_LIMITS.freeFailures) {
    try {
      // One statement decides between simultaneous tries: the first takes the turn, others wait.
      await turn.consume(account, 1, { customDuration: waitAfterFailures(failed) });
    } catch (result) {
      if (!isRateLimiterRes(result)) throw result;
      // This try never happened: it must not lengthen the next wait or count against the address.
      await Promise.all([failures.reward(account), perAddress.reward(address)]);
      return refused(result, "Too many failed sign-ins to this account from your network");
    }
  }
  return {
    allowed: true,
    succeeded: async () => {
      await Promise.all([failures.delete(account), turn.delete(account), perAddress.reward(address)]);
    },
  };
}

function refused(result: RateLimiterRes, reason: string): SignInAttempt {
  const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return { allowed: false, retryAfterSeconds: seconds, message: `${reason}; try again in ${wait}.` };
}
