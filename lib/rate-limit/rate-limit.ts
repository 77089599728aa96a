import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Every limit of the app, in one list. The counters live in PostgreSQL (table
 * "RateLimiterFlexible"), so they hold across every app process that shares the database.
 * `points` are requests per `duration` seconds; `per` says what one counter counts:
 * - "address": the client's address (see lib/http/client-ip.ts);
 * - "person": the signed-in person, or the address when signed out;
 * - "email": a value of the request, counted by the handler itself;
 * - "paper": the paper a request is about, counted by the handler itself.
 * Password sign-in has limits of its own, with backoff per account and address
 * (lib/auth/sign-in-limits.ts): they are counted on the very email authorize() checks.
 * `message` begins the 429 answer ("…; try again in 5 minutes.").
 */
const LIMITS = {
  // Sign-ups from one address: enough for a household or a classroom, not for a script.
  signUp: { per: "address", points: 20, duration: HOUR, message: "Too many sign-ups from your network" },
  vote: { per: "person", points: env.RATE_LIMIT_VOTES_PER_MINUTE, duration: MINUTE, message: "Too many votes" },
  // Subscribe requests from one network: plenty for people, not for a script.
  subscribeIp: { per: "address", points: 20, duration: HOUR, message: "Too many subscribe requests from your network" },
  // Confirmation emails to one address: a stranger cannot flood someone's inbox with them.
  subscribeEmail: { per: "email", points: 3, duration: HOUR, message: "Too many confirmation emails to this address" },
  // Papers one person imports: each costs a request to arXiv, which asks for restraint.
  importPaper: { per: "person", points: 30, duration: HOUR, message: "You have submitted many papers in a short time" },
  // New collections, made or copied: a busy afternoon of organising, not a script filling the database.
  collectionCreate: { per: "person", points: 60, duration: HOUR, message: "You have made many collections in a short time" },
  // Adding papers to collections (Save included) and editing notes; moves and removals are free.
  collectionEdit: {
    per: "person",
    points: 300,
    duration: 10 * MINUTE,
    message: "You have changed your collections many times in a short time",
  },
  // Searches from one network (the page and the API): each is a ranked full-text query.
  search: { per: "address", points: 120, duration: MINUTE, message: "Too many searches from your network" },
  // Read marks: every paper page a signed-in person opens writes one, plus "Mark as unread";
  // a fast reader opens a few pages a minute, a script opening thousands is refused.
  readMark: { per: "person", points: 120, duration: MINUTE, message: "You have marked many papers read or unread in a short time" },
  // "Not interested" and its undo, and a new reader's categories: each retrains the reader's model.
  recommendationInput: {
    per: "person",
    points: 120,
    duration: 10 * MINUTE,
    message: "You have changed your recommendations many times in a short time",
  },
  // A collection as the seed of "For you" trains a model per request.
  recommendationsFromCollection: { per: "person", points: 30, duration: MINUTE, message: "Too many recommendation requests" },
  // Following, unfollowing and new feed addresses: each new alert is matched against every new paper.
  alertEdit: { per: "person", points: 60, duration: HOUR, message: "You have changed your alerts many times in a short time" },
  // Comments one person posts: a lively discussion, not a flood. Accounts younger than a day are
  // held to fewer (commentPostNewAccount, counted by the handler), so a fresh account cannot spam.
  commentPost: { per: "person", points: 30, duration: HOUR, message: "You have posted many comments in a short time" },
  commentPostNewAccount: {
    per: "person",
    points: 10,
    duration: HOUR,
    message: "New accounts can post a few comments an hour for their first day",
  },
  // Comments one person posts on one paper, counted by the handler: a conversation, not a flood of one thread.
  commentPostPersonPaper: {
    per: "paper",
    points: 20,
    duration: HOUR,
    message: "You have posted many comments on this paper in a short time",
  },
  // Comments on one paper from everyone together, counted by the handler with the paper's id.
  commentPostPaper: { per: "paper", points: 300, duration: HOUR, message: "This paper's discussion is getting many comments at once" },
  // Edits and deletes of one's own comments.
  commentEdit: { per: "person", points: 60, duration: HOUR, message: "You have changed your comments many times in a short time" },
  commentVote: { per: "person", points: env.RATE_LIMIT_VOTES_PER_MINUTE, duration: MINUTE, message: "Too many votes" },
  // Reports of comments: a reader flagging a bad thread, not a script burying someone.
  commentReport: { per: "person", points: 30, duration: HOUR, message: "You have reported many comments in a short time" },
  // Accounts younger than a day report fewer, counted by the handler: a new account cannot mass-report.
  commentReportNewAccount: {
    per: "person",
    points: 5,
    duration: HOUR,
    message: "New accounts can report a few comments an hour for their first day",
  },
  // Moderators' actions on /admin/reports: generous, but a stolen admin session is not a bulk tool.
  moderation: { per: "person", points: 600, duration: HOUR, message: "Too many moderation actions" },
  // Settings' email choice.
  settingsEdit: { per: "person", points: 60, duration: HOUR, message: "You have changed your settings many times in a short time" },
  // Previews render Markdown and math on the server: as many as a person types, not a script.
  commentPreview: { per: "person", points: 60, duration: MINUTE, message: "Too many previews" },
} as const;

export type RateLimitName = keyof typeof LIMITS;
/** The limits a route wrapper can count by itself: the ones keyed by who asks, not by what they send. */
export type RouteRateLimitName = {
  [N in RateLimitName]: (typeof LIMITS)[N]["per"] extends "address" | "person" ? N : never;
}[RateLimitName];

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

/** The counter a route's request goes to: its person's, or its address's (always, for "address" limits). */
export function rateLimitKey(name: RouteRateLimitName, who: { userId: string | null; address: string }): string {
  return LIMITS[name].per === "person" && who.userId ? `user:${who.userId}` : `ip:${who.address}`;
}

/**
 * The library rejects with a RateLimiterRes when the limit is reached. Checked by shape, not
 * `instanceof`: the proxy's bundle can hold a second copy of the class (seen: a 500 instead of a
 * 429 on /search), and then the rejection is not an instance of the one imported here.
 */
export function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return (
    value instanceof RateLimiterRes ||
    (typeof value === "object" && value !== null && "msBeforeNext" in value && "remainingPoints" in value)
  );
}

/** Counts one request of `name` for `key`; the seconds to wait when the limit is reached, else null. */
export async function consumeRateLimit(name: RateLimitName, key: string): Promise<number | null> {
  try {
    await limiter(name).consume(key);
    return null;
  } catch (result) {
    if (!isRateLimiterRes(result)) throw result;
    return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  }
}

/** Counts one request of `name` for `key`; over the limit, throws the 429 answer with `Retry-After`. */
export async function enforceRateLimit(name: RateLimitName, key: string): Promise<void> {
  const seconds = await consumeRateLimit(name, key);
  if (seconds === null) return;
  throw new HttpError(429, `${LIMITS[name].message}; try again in ${formatWait(seconds)}.`, { "Retry-After": String(seconds) });
}

function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
