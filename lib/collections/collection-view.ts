import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaperSummary } from "@/lib/papers/paper-summary";
import type { CollectionVisibility } from "@/lib/validations/collection";

/** A collection as lists and pages show it. Dates are ISO strings: it goes to client components and JSON. */
export type CollectionSummary = {
  id: string;
  title: string;
  description: string;
  visibility: CollectionVisibility;
  isDefault: boolean;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
};

/** What only the owner sees on top of the summary. */
export type OwnedCollection = CollectionSummary & { shareToken: string | null };

export type CollectionItemView = {
  paperId: string;
  note: string;
  addedAt: string;
  paper: PaperSummary;
};

export type CollectionOwner = { username: string; name: string };

export type CollectionWithItems<C extends CollectionSummary = CollectionSummary> = C & {
  owner: CollectionOwner;
  items: CollectionItemView[];
};

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

type SummaryRow = Prisma.CollectionGetPayload<{ select: typeof collectionSummarySelect }>;
type OwnerRow = { id: string; username: string | null; name: string | null };

export function toCollectionSummary(row: SummaryRow): CollectionSummary {
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

export function toOwnedCollection(row: SummaryRow & { shareToken: string | null }): OwnedCollection {
  return { ...toCollectionSummary(row), shareToken: row.shareToken };
}

export function toOwner(row: OwnerRow): CollectionOwner {
  const username = row.username ?? row.id;
  return { username, name: row.name?.trim() || username };
}
