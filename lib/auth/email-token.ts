import { createHash, randomBytes } from "node:crypto";

// How long an emailed link works.
export const EMAIL_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** 256 random bits for the link, and the SHA-256 that is stored in its place. */
export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashEmailToken(token) };
}

export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function isEmailToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
