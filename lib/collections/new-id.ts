import { createHash, randomBytes } from "node:crypto";

/** A fresh collection id, shaped like Prisma's cuids ("c" + 24 characters). */
export function newCollectionId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

/**
 * The id of a person's Reading list: always the same for the same person, so the primary key
 * itself makes a second Reading list impossible, even when two first saves race (the schema has
 * no "one default per owner" constraint, and a partial unique index would need a migration).
 * Hashed, so the URL does not reveal the account's id.
 */
export function readingListId(userId: string): string {
  return `c${createHash("sha256").update(`reading-list:${userId}`).digest("hex").slice(0, 24)}`;
}
