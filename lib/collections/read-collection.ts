import "server-only";
import { toOwnedCollection, toOwner, type CollectionWithItems, type OwnedCollection } from "@/lib/collections/collection-view";
import type { OwnedCollectionRow } from "@/lib/collections/owned-collection-row";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPaperSummary } from "@/lib/papers/paper-summary";

type Row = OwnedCollectionRow & {
  ownerId: string;
  ownerUsername: string | null;
  ownerName: string | null;
  paperId: string | null;
  note: string | null;
  itemAddedAt: Date | null;
  slug: string;
  arxivId: string | null;
  paperTitle: string;
  abstract: string;
  authors: string[];
  authorCount: number;
  publishedAt: Date | null;
  listedAt: Date;
  upvotes: number;
  categories: string[];
};

/**
 * One collection (matched by `where`, over alias `c`) with its owner and items in order, in a
 * single statement: one snapshot, so a collection deleted while it is read comes back whole or
 * not at all, never as a header without items.
 */
export async function readCollection(where: Prisma.Sql): Promise<CollectionWithItems<OwnedCollection> | null> {
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT c."id", c."title", c."description", c."visibility"::text AS "visibility", c."isDefault", c."itemCount",
           c."createdAt", c."updatedAt", c."shareToken",
           u."id" AS "ownerId", u."username" AS "ownerUsername", u."name" AS "ownerName",
           i."paperId", i."note", i."addedAt" AS "itemAddedAt",
           p."slug", p."arxivId", p."title" AS "paperTitle", p."abstract", p."authors", p."authorCount",
           p."publishedAt", p."listedAt", p."upvotes", p."categories"
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
