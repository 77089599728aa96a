import { randomBytes } from "node:crypto";

/** 192 random bits, URL-safe: unguessable, and short enough to paste. */
export function newShareToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Tokens are exactly what `newShareToken` makes; anything else cannot match, so skip the query. */
export function isShareTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(value);
}
