import "server-only";
import type { CollectionWithItems, OwnedCollection } from "@/lib/api/collections-schemas";
import { toOwnedCollection, toOwner, type OwnedCollectionRow } from "@/lib/collections/rows";
import { isShareTokenShape } from "@/lib/collections/sharing";
import { getDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toPaperSummary } from "@/lib/papers/paper-summary";
import { readFromReplica } from "@/lib/replicas/read-from-replica";
import { isIdShape } from "@/lib/validations/collection";

/**
 * Reading one collection, as each kind of viewer may see it. Someone else's private collection,
 * a stopped or regenerated share link and a deleted collection all read as null: they answer 404,
 * never 403, so nothing tells a stranger that a collection exists.
 *
 * The owner's reads are on the primary. What others see may come from a read replica, but only
 * one that has replayed every write committed before the read ("fresh"): a collection made
 * private is hidden at once, and a share link works the moment its owner has made it.
 */

// The item and paper columns are null on the one row of a collection without items.
type Row = OwnedCollectionRow &
  Omit<Parameters<typeof toPaperSummary>[0], "id" | "title"> & {
    ownerId: string;
    ownerUsername: string | null;
    ownerName: string | null;
    paperId: string | null;
    note: string | null;
    itemAddedAt: Date | null;
    paperTitle: string;
  };

/**
 * One collection (matched by `where`, over alias `c`) with its owner and items in order, in a
 * single statement: one snapshot, so a collection deleted while it is read comes back whole or
 * not at all, never as a header without items.
 */
async function readCollection(db: PrismaClient, where: Prisma.Sql): Promise<CollectionWithItems<OwnedCollection> | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."id", c."title", c."description", c."visibility"::text AS "visibility", c."isDefault", c."itemCount",
           c."createdAt", c."updatedAt", c."shareToken",
           u."id" AS "ownerId", u."username" AS "ownerUsername", u."name" AS "ownerName",
           i."paperId", i."note", i."addedAt" AS "itemAddedAt",
           p."slug", p."arxivId", p."title" AS "paperTitle", p."abstract", p."authors", p."authorCount",
           p."publishedAt", p."listedAt", p."upvotes", p."categories",
           p."codeUrl", p."codeStars", p."projectUrl", p."hfUpvotes", p."commentCount"
    FROM "Collection" AS c
    JOIN "User" AS u ON u."id" = c."ownerId"
    LEFT JOIN "CollectionItem" AS i ON i."collectionId" = c."id"
    LEFT JOIN "Paper" AS p ON p."id" = i."paperId"
    WHERE ${where}
    ORDER BY i."position", i."addedAt", i."id"
    LIMIT 10000`;
  const first = rows[0];
  if (!first) return null;
  return {
    ...toOwnedCollection(first),
    owner: toOwner({ id: first.ownerId, username: first.ownerUsername, name: first.ownerName }),
    items: rows
      .filter((row) => row.paperId !== null)
      .map((row) => ({
        paperId: row.paperId!,
        note: row.note ?? "",
        addedAt: row.itemAddedAt!.toISOString(),
        paper: toPaperSummary({ ...row, id: row.paperId!, title: row.paperTitle }),
      })),
  };
}

/** The share link is the owner's to hand out; what others see must not carry it. */
function withoutShareToken(found: CollectionWithItems<OwnedCollection> | null): CollectionWithItems | null {
  if (!found) return null;
  const { shareToken: _token, ...collection } = found;
  return collection;
}

/** One of the person's collections with its items in order; null when it is not theirs. */
export function getOwnedCollection(userId: string, collectionId: string): Promise<CollectionWithItems<OwnedCollection> | null> {
  return readCollection(getDb(), Prisma.sql`c."id" = ${collectionId} AND c."ownerId" = ${userId}`);
}

/** A public collection by id, for anyone; null for private and unlisted ones. */
export async function getPublicCollection(collectionId: string): Promise<CollectionWithItems | null> {
  const where = Prisma.sql`c."id" = ${collectionId} AND c."visibility" = 'PUBLIC'`;
  return withoutShareToken(await readFromReplica("fresh", (db) => readCollection(db, where)));
}

/**
 * The collection a share link points to, for anyone holding the link; null when the token is
 * unknown (regenerated, stopped, deleted) or the collection was made private since.
 */
export async function getSharedCollection(token: string): Promise<CollectionWithItems | null> {
  if (!isShareTokenShape(token)) return null;
  const where = Prisma.sql`c."shareToken" = ${token} AND c."visibility" <> 'PRIVATE'`;
  return withoutShareToken(await readFromReplica("fresh", (db) => readCollection(db, where)));
}

export type ViewableCollection =
  { isOwner: true; collection: CollectionWithItems<OwnedCollection> } | { isOwner: false; collection: CollectionWithItems };

/**
 * A collection by id as this viewer may see it: the owner sees their own (any visibility),
 * everyone else only a public one. An unlisted one is reachable only through its share link.
 */
export async function getViewableCollection(viewerId: string | null, collectionId: string): Promise<ViewableCollection | null> {
  if (viewerId) {
    const owned = await getOwnedCollection(viewerId, collectionId);
    if (owned) return { isOwner: true, collection: owned };
  }
  const visible = await getPublicCollection(collectionId);
  return visible && { isOwner: false, collection: visible };
}

/**
 * Whether a collection page would show anything to this viewer: `/c/<token>` when the link is
 * live, `/collections/<id>` for its owner or when it is public. One indexed lookup, run by the
 * proxy before the page starts streaming, so that "not found" is a real 404 status. The page
 * itself checks again when it reads the collection.
 */
export async function isCollectionPageVisible(target: { token: string } | { id: string; viewerId: string | null }): Promise<boolean> {
  const db = getDb();
  if ("token" in target) {
    if (!isShareTokenShape(target.token)) return false;
    return (await db.collection.count({ where: { shareToken: target.token, visibility: { not: "PRIVATE" } } })) > 0;
  }
  if (!isIdShape(target.id)) return false;
  const visibleTo = target.viewerId
    ? [{ visibility: "PUBLIC" as const }, { ownerId: target.viewerId }]
    : [{ visibility: "PUBLIC" as const }];
  return (await db.collection.count({ where: { id: target.id, OR: visibleTo } })) > 0;
}
