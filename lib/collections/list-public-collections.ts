import "server-only";
import { getDb } from "@/lib/db";

/** Items shown per collection in the listing; `itemCount` says how many there are in all. */
export const PUBLIC_COLLECTION_ITEMS = 100;

export type PublicCollectionListing = {
  id: string;
  title: string;
  description: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
  owner: { username: string | null; name: string | null };
  papers: { id: string; slug: string; title: string; note: string }[];
};

export class InvalidCollectionCursorError extends Error {
  constructor() {
    super("cursor is not valid; use the nextCursor of a previous page");
  }
}

function encodeCursor(updatedAt: Date, id: string) {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString("base64url");
}

function decodeCursor(raw: string): { updatedAt: Date; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string") {
      const updatedAt = new Date(value[0]);
      if (!Number.isNaN(updatedAt.getTime()) && value[1].length > 0 && value[1].length <= 40) return { updatedAt, id: value[1] };
    }
  } catch {
    // falls through
  }
  throw new InvalidCollectionCursorError();
}

/** Public collections, most recently changed first, with their papers' ids and titles. Read-only. */
export async function listPublicCollections(
  limit: number,
  cursor: string | null,
): Promise<{ collections: PublicCollectionListing[]; nextCursor: string | null }> {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await getDb().collection.findMany({
    where: {
      visibility: "PUBLIC",
      ...(after ? { OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      title: true,
      description: true,
      itemCount: true,
      createdAt: true,
      updatedAt: true,
      owner: { select: { username: true, name: true } },
      items: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        take: PUBLIC_COLLECTION_ITEMS,
        select: { note: true, paper: { select: { id: true, slug: true, title: true } } },
      },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    collections: page.map(({ items, createdAt, updatedAt, ...row }): PublicCollectionListing => ({
      ...row,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      papers: items.map(({ note, paper }) => ({ ...paper, note })),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.updatedAt, last.id) : null,
  };
}
