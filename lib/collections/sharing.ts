import "server-only";
import { randomBytes } from "node:crypto";
import type { OwnedCollection } from "@/lib/api/collections-schemas";
import { ownedCollectionColumns, toOwnedCollection, type OwnedCollectionRow } from "@/lib/collections/rows";
import { getDb } from "@/lib/db";

/** 192 random bits, URL-safe: unguessable, and short enough to paste. */
export function newShareToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Tokens are exactly what `newShareToken` makes; anything else cannot match, so skip the query. */
export function isShareTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(value);
}

/**
 * Shares a collection by link: keeps the current link, or makes a new one when there is none or
 * `regenerate` asks for it (the old token stops matching the moment this commits). A private
 * collection becomes unlisted, since a link to something only its owner may see would not work.
 */
export async function shareCollection(userId: string, collectionId: string, regenerate: boolean): Promise<OwnedCollection | null> {
  const rows = await getDb().$queryRaw<OwnedCollectionRow[]>`
    UPDATE "Collection" SET
      "shareToken" = CASE WHEN ${regenerate} OR "shareToken" IS NULL THEN ${newShareToken()} ELSE "shareToken" END,
      "visibility" = CASE WHEN "visibility" = 'PRIVATE' THEN 'UNLISTED'::"Visibility" ELSE "visibility" END,
      "updatedAt" = now()
    WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    RETURNING ${ownedCollectionColumns}`;
  return rows[0] ? toOwnedCollection(rows[0]) : null;
}

/**
 * Stops sharing by link: the token is dropped, so every copy of the link gives 404 at once. An
 * unlisted collection goes back to private; a public one stays listed on the profile.
 */
export async function stopSharing(userId: string, collectionId: string): Promise<OwnedCollection | null> {
  const rows = await getDb().$queryRaw<OwnedCollectionRow[]>`
    UPDATE "Collection" SET
      "shareToken" = NULL,
      "visibility" = CASE WHEN "visibility" = 'UNLISTED' THEN 'PRIVATE'::"Visibility" ELSE "visibility" END,
      "updatedAt" = now()
    WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    RETURNING ${ownedCollectionColumns}`;
  return rows[0] ? toOwnedCollection(rows[0]) : null;
}
