import "server-only";
import { planMove } from "@/lib/collections/plan-move";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CollectionVisibility } from "@/lib/validations/collection";

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
