import { z } from "zod";
import { apiRegistry, isoDate } from "@/lib/api/api-registry";
import { paperSummarySchema } from "@/lib/api/papers-schemas";
import { VISIBILITIES } from "@/lib/validations/collection";

/**
 * Answers of the collection routes: the public listing (documented in the OpenAPI document) and
 * the owner's API under /api/me/collections and /api/me/saves. The views are the types that
 * lib/collections/ reads into and the pages render, so a field renamed here is renamed everywhere.
 */

/** A collection as lists and pages show it. Dates are ISO strings: it goes to client components and JSON. */
export const collectionSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  visibility: z.enum(VISIBILITIES),
  isDefault: z.boolean(),
  itemCount: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type CollectionSummary = z.infer<typeof collectionSummarySchema>;

/** What only the owner sees on top of the summary. */
export const ownedCollectionSchema = collectionSummarySchema.extend({ shareToken: z.string().nullable() });
export type OwnedCollection = z.infer<typeof ownedCollectionSchema>;

export const collectionOwnerSchema = z.strictObject({ username: z.string(), name: z.string() });
export type CollectionOwner = z.infer<typeof collectionOwnerSchema>;

export const collectionItemSchema = z.strictObject({ paperId: z.string(), note: z.string(), addedAt: isoDate, paper: paperSummarySchema });
export type CollectionItemView = z.infer<typeof collectionItemSchema>;

const withItems = { owner: collectionOwnerSchema, items: z.array(collectionItemSchema) };
export type CollectionWithItems<C extends CollectionSummary = CollectionSummary> = C & {
  owner: CollectionOwner;
  items: CollectionItemView[];
};

/** The owner's "Save to…" menu: with `?paperId=`, whether each collection holds that paper. */
export const myCollectionSchema = ownedCollectionSchema.extend({ hasPaper: z.boolean().optional() });
export type MyCollection = z.infer<typeof myCollectionSchema>;

/** GET /api/me/collections */
export const myCollectionsResponseSchema = z.strictObject({ collections: z.array(myCollectionSchema) });
export type MyCollectionsResponse = z.infer<typeof myCollectionsResponseSchema>;

/** GET /api/me/collections/{id}: one of mine with its items in order. */
export const collectionResponseSchema = z.strictObject({ collection: ownedCollectionSchema.extend(withItems) });
export type CollectionResponse = z.infer<typeof collectionResponseSchema>;

/** POST /api/me/collections (201), PATCH /api/me/collections/{id}, POST …/copies (201), DELETE …/share. */
export const ownedCollectionResponseSchema = z.strictObject({ collection: ownedCollectionSchema });
export type OwnedCollectionResponse = z.infer<typeof ownedCollectionResponseSchema>;

/** DELETE /api/me/collections/{id} */
export const deleteCollectionResponseSchema = z.strictObject({ deleted: z.literal(true) });
export type DeleteCollectionResponse = z.infer<typeof deleteCollectionResponseSchema>;

/** POST /api/me/collections/{id}/share: the link is `sharePath` on this server. */
export const shareCollectionResponseSchema = z.strictObject({ collection: ownedCollectionSchema, sharePath: z.string() });
export type ShareCollectionResponse = z.infer<typeof shareCollectionResponseSchema>;

/** PUT /api/me/collections/{id}/items/{paperId}: `added: false` when it was there already. */
export const addItemResponseSchema = z.strictObject({ added: z.boolean() });
export type AddItemResponse = z.infer<typeof addItemResponseSchema>;

/** DELETE /api/me/collections/{id}/items/{paperId}: `removed: false` when it was not there. */
export const removeItemResponseSchema = z.strictObject({ removed: z.boolean() });
export type RemoveItemResponse = z.infer<typeof removeItemResponseSchema>;

/** PATCH /api/me/collections/{id}/items/{paperId}: what changed, the note as stored. */
export const updateItemResponseSchema = z.strictObject({ note: z.string().optional(), moved: z.boolean().optional() });
export type UpdateItemResponse = z.infer<typeof updateItemResponseSchema>;

/** POST /api/me/saves: saved into the Reading list (`added: false` when it was there already). */
export const saveResponseSchema = z.strictObject({ saved: z.literal(true), collectionId: z.string(), added: z.boolean() });
export type SaveResponse = z.infer<typeof saveResponseSchema>;

/** DELETE /api/me/saves/{paperId}: the collections it was taken out of. */
export const unsaveResponseSchema = z.strictObject({
  saved: z.literal(false),
  removedFrom: z.array(z.strictObject({ id: z.string(), title: z.string() })),
});
export type UnsaveResponse = z.infer<typeof unsaveResponseSchema>;

/** GET /api/collections: a public collection with the first papers of its reading order. */
export const publicCollectionSchema = collectionSummarySchema
  .pick({ id: true, title: true, description: true, itemCount: true, createdAt: true, updatedAt: true })
  .extend({
    owner: z.strictObject({ username: z.string().nullable(), name: z.string().nullable() }),
    papers: z
      .array(z.strictObject({ id: z.string(), slug: z.string(), title: z.string(), note: z.string() }))
      .meta({ description: "In reading order; the first 100 (see itemCount)." }),
  })
  .register(apiRegistry, { id: "PublicCollection" });
export type PublicCollection = z.infer<typeof publicCollectionSchema>;

export const collectionPageSchema = z
  .strictObject({ collections: z.array(publicCollectionSchema), nextCursor: z.string().nullable() })
  .register(apiRegistry, { id: "CollectionPage" });
export type CollectionPage = z.infer<typeof collectionPageSchema>;
