import "server-only";
import { planMove } from "@/lib/collections/plan-move";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ITEMS_PER_COLLECTION_MAX, type CollectionVisibility } from "@/lib/validations/collection";

// The papers in one of the person's collections: add, take out, annotate, reorder. Each result
// carries the collection's visibility, so the caller knows whether public pages went stale.

export type AddItemResult =
  | { status: "ok"; added: boolean; visibility: CollectionVisibility }
  | { status: "no-collection" }
  | { status: "no-paper" }
  | { status: "full" };

/**
 * Appends a paper to one of the person's collections. Idempotent and race-free in one statement:
 * the (collectionId, paperId) unique key turns a second insert into a no-op, and the count moves
 * only when a row was really inserted. The collection's row is locked (FOR UPDATE) before its
 * count is compared with ITEMS_PER_COLLECTION_MAX: a second append waits for the first and then
 * reads the count the first left, so two appends cannot both take the last place. (Two different
 * papers appended at the same instant may share a position; reads break the tie by time added,
 * and a later move renumbers.)
 */
export async function addItem(userId: string, collectionId: string, paperId: string): Promise<AddItemResult> {
  const rows = await getDb().$queryRaw<
    {
      owned: number;
      paper: number;
      added: number;
      full: boolean;
      visibility: CollectionVisibility | null;
    }[]
  >`
    WITH owned AS (
      SELECT "id", "visibility", "itemCount" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId} FOR UPDATE
    ), paper AS (
      SELECT "id" FROM "Paper" WHERE "id" = ${paperId}
    ), inserted AS (
      INSERT INTO "CollectionItem" ("id", "collectionId", "paperId", "position", "note", "addedAt")
      SELECT gen_random_uuid()::text, owned."id", paper."id",
             coalesce((SELECT max("position") FROM "CollectionItem" WHERE "collectionId" = owned."id"), 0) + 1, '', now()
      FROM owned, paper
      WHERE owned."itemCount" < ${ITEMS_PER_COLLECTION_MAX}
      ON CONFLICT ("collectionId", "paperId") DO NOTHING
      RETURNING "collectionId"
    ), counted AS (
      UPDATE "Collection" SET "itemCount" = "itemCount" + 1, "updatedAt" = now()
      WHERE "id" IN (SELECT "collectionId" FROM inserted)
      RETURNING "id"
    )
    SELECT (SELECT count(*) FROM owned)::int AS "owned",
           (SELECT count(*) FROM paper)::int AS "paper",
           (SELECT count(*) FROM counted)::int AS "added",
           coalesce((SELECT "itemCount" >= ${ITEMS_PER_COLLECTION_MAX} FROM owned), false) AS "full",
           (SELECT "visibility"::text FROM owned) AS "visibility"`;
  const row = rows[0]!;
  if (!row.owned || !row.visibility) return { status: "no-collection" };
  if (!row.paper) return { status: "no-paper" };
  // Full, and this paper was not already in it (an add that finds it there is still a no-op success).
  if (row.full && !row.added && !(await hasItem(collectionId, paperId))) return { status: "full" };
  return { status: "ok", added: row.added > 0, visibility: row.visibility };
}

async function hasItem(collectionId: string, paperId: string): Promise<boolean> {
  return (await getDb().collectionItem.count({ where: { collectionId, paperId } })) > 0;
}

export type RemoveItemResult = { removed: boolean; visibility: CollectionVisibility } | null;

/**
 * Takes a paper out of one of the person's collections. Idempotent; null when the collection is
 * not theirs. One statement: the count drops only when a row was really deleted.
 */
export async function removeItem(userId: string, collectionId: string, paperId: string): Promise<RemoveItemResult> {
  const db = getDb();
  const rows = await db.$queryRaw<{ visibility: CollectionVisibility }[]>`
    WITH removed AS (
      DELETE FROM "CollectionItem" AS i
      USING "Collection" AS c
      WHERE i."collectionId" = c."id" AND c."id" = ${collectionId} AND c."ownerId" = ${userId} AND i."paperId" = ${paperId}
      RETURNING i."collectionId"
    )
    UPDATE "Collection"
    SET "itemCount" = "itemCount" - 1, "updatedAt" = now()
    WHERE "id" IN (SELECT "collectionId" FROM removed)
    RETURNING "visibility"::text AS "visibility"`;
  if (rows[0]) return { removed: true, visibility: rows[0].visibility };
  const collection = await db.collection.findFirst({ where: { id: collectionId, ownerId: userId }, select: { visibility: true } });
  return collection && { removed: false, visibility: collection.visibility };
}

export type SetItemNoteResult =
  { status: "ok"; note: string; visibility: CollectionVisibility } | { status: "no-collection" } | { status: "no-item" };

/** Replaces the plain-text note under a paper in one of the person's collections. One statement. */
export async function setItemNote(userId: string, collectionId: string, paperId: string, note: string): Promise<SetItemNoteResult> {
  const rows = await getDb().$queryRaw<{ owned: number; updated: number; visibility: CollectionVisibility | null }[]>`
    WITH owned AS (
      SELECT "id", "visibility" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId}
    ), updated AS (
      UPDATE "CollectionItem" SET "note" = ${note}
      WHERE "collectionId" IN (SELECT "id" FROM owned) AND "paperId" = ${paperId}
      RETURNING "collectionId"
    ), touched AS (
      UPDATE "Collection" SET "updatedAt" = now() WHERE "id" IN (SELECT "collectionId" FROM updated) RETURNING "id"
    )
    SELECT (SELECT count(*) FROM owned)::int AS "owned",
           (SELECT count(*) FROM touched)::int AS "updated",
           (SELECT "visibility"::text FROM owned) AS "visibility"`;
  const row = rows[0]!;
  if (!row.owned || !row.visibility) return { status: "no-collection" };
  if (!row.updated) return { status: "no-item" };
  return { status: "ok", note, visibility: row.visibility };
}

export type MoveItemResult =
  | { status: "ok"; visibility: CollectionVisibility; renumbered: boolean }
  | { status: "no-collection" }
  | { status: "no-item" }
  | { status: "no-after" };

/**
 * Moves a paper to just after another one (`after: null`: to the top) in the owner's order.
 * Reads the order, plans the move (plan-move.ts), then writes one row, or renumbers every row
 * when the gap has run out. Each write keeps ownership in its `where`; only the owner reorders,
 * so two moves racing (two tabs) can only make the later one win, never corrupt the order.
 */
export async function moveItem(userId: string, collectionId: string, paperId: string, after: string | null): Promise<MoveItemResult> {
  const db = getDb();
  const collection = await db.collection.findFirst({
    where: { id: collectionId, ownerId: userId },
    select: {
      visibility: true,
      items: { orderBy: [{ position: "asc" }, { addedAt: "asc" }, { id: "asc" }], select: { paperId: true, position: true } },
    },
  });
  if (!collection) return { status: "no-collection" };
  const plan = planMove(collection.items, paperId, after);
  const ownedIds = Prisma.sql`(SELECT "id" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${userId})`;
  switch (plan.kind) {
    case "not-found":
      return { status: plan.which === "item" ? "no-item" : "no-after" };
    case "unchanged":
      return { status: "ok", visibility: collection.visibility, renumbered: false };
    case "position":
      await db.$executeRaw`UPDATE "CollectionItem" SET "position" = ${plan.position} WHERE "collectionId" IN ${ownedIds} AND "paperId" = ${paperId}`;
      break;
    case "renumber":
      // Each paper gets its 1-based place in the new order, in one statement.
      await db.$executeRaw`
        UPDATE "CollectionItem" AS i SET "position" = o.n
        FROM unnest(${plan.order}::text[]) WITH ORDINALITY AS o(paper_id, n)
        WHERE i."collectionId" IN ${ownedIds} AND i."paperId" = o.paper_id`;
      break;
  }
  await db.$executeRaw`UPDATE "Collection" SET "updatedAt" = now() WHERE "id" = ${collectionId} AND "ownerId" = ${userId}`;
  return { status: "ok", visibility: collection.visibility, renumbered: plan.kind === "renumber" };
}
