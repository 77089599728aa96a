import { Prisma } from "@/lib/generated/prisma/client";
import type { CollectionVisibility } from "@/lib/validations/collection";

/** The columns `toOwnedCollection` needs, for raw statements' RETURNING lists. */
export const ownedCollectionColumns = Prisma.sql`"id", "title", "description", "visibility"::text AS "visibility", "isDefault", "itemCount", "createdAt", "updatedAt", "shareToken"`;

export type OwnedCollectionRow = {
  id: string;
  title: string;
  description: string;
  visibility: CollectionVisibility;
  isDefault: boolean;
  itemCount: number;
  createdAt: Date;
  updatedAt: Date;
  shareToken: string | null;
};
