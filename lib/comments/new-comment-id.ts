import { randomBytes } from "node:crypto";

/**
 * A fresh comment id: "c", the time in base 36, then 64 random bits. Shaped like Prisma's cuids
 * (the id checks accept it), and ordered by creation time, so "Best" can break ties between equal
 * scores by age with the id alone and keep its keyset cursor to one key and the id.
 */
export function newCommentId(now: Date = new Date()): string {
  return `c${now.getTime().toString(36).padStart(9, "0")}${randomBytes(8).toString("hex")}`;
}
