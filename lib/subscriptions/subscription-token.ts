import { randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: confirmation and unsubscribe links are the only key to a subscription. */
export function subscriptionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isSubscriptionToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
