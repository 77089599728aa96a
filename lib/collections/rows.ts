import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { CollectionOwner, CollectionSummary, OwnedCollection } from "@/lib/api/collections-schemas";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * From database rows to the views of lib/api/collections-schemas.ts, shared by the readers and
 * the writers of lib/collections: what to select, how to map it, and how new rows are keyed.
 */

/** A view as the database returns it: the same fields, with dates as Dates. */
type Row<View> = Omit<View, "createdAt" | "updatedAt"> & { createdAt: Date; updatedAt: Date };
export type OwnedCollectionRow = Row<OwnedCollection>;

export const collectionSummarySelect = {
  id: true,
  title: true,
  description: true,
  visibility: true,
  isDefault: true,
  itemCount: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CollectionSelect;

export const ownedCollectionSelect = { ...collectionSummarySelect, shareToken: true } satisfies Prisma.CollectionSelect;

/** The columns `toOwnedCollection` needs, for raw statements' RETURNING lists. */
export const ownedCollectionColumns = Prisma.sql`"id", "title", "description", "visibility"::text AS "visibility", "isDefault", "itemCount", "createdAt", "updatedAt", "shareToken"`;

export function toCollectionSummary(row: Row<CollectionSummary>): CollectionSummary {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    visibility: row.visibility,
    isDefault: row.isDefault,
    itemCount: row.itemCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toOwnedCollection(row: OwnedCollectionRow): OwnedCollection {
  return { ...toCollectionSummary(row), shareToken: row.shareToken };
}

/** Everyone has a profile URL: people without a username are shown by id. */
export function toOwner(row: { id: string; username: string | null; name: string | null }): CollectionOwner {
  const username = row.username ?? row.id;
  return { username, name: row.name?.trim() || username };
}

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
