import { z } from "zod";
import { cursorParam, limitParam } from "@/lib/validations/page-query";

export const COLLECTION_TITLE_MAX = 100;
export const COLLECTION_DESCRIPTION_MAX = 500;
export const ITEM_NOTE_MAX = 1000;
// Caps that keep one account from filling the database; generous for a person's library.
export const COLLECTIONS_PER_PERSON_MAX = 200;
export const ITEMS_PER_COLLECTION_MAX = 1000;
export const TOO_MANY_COLLECTIONS = `you have ${COLLECTIONS_PER_PERSON_MAX} collections, the most one person can have; delete one to make another`;
export const COLLECTION_FULL = `this collection holds ${ITEMS_PER_COLLECTION_MAX} papers, the most one can; take some out or start another`;
export const VISIBILITIES = ["PRIVATE", "UNLISTED", "PUBLIC"] as const;
export type CollectionVisibility = (typeof VISIBILITIES)[number];
export const EXPORT_FORMATS = ["bib", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// PostgreSQL text cannot hold NUL, and other control characters only hide text or break exports
// (XML 1.0 forbids them), so they are removed; tabs and newlines stay where they make sense.
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const CONTROL_AND_NEWLINES = /[\u0000-\u001F\u007F]+/g;

/** One line: control characters and newlines become spaces, runs of spaces collapse. */
function singleLine(value: string): string {
  return value.replace(CONTROL_AND_NEWLINES, " ").replace(/\s+/g, " ").trim();
}

function multiLine(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_NEWLINES, "").trim();
}

export const collectionTitleSchema = z
  .string({ error: "is required" })
  .transform(singleLine)
  .pipe(z.string().min(1, "is required").max(COLLECTION_TITLE_MAX, `must be at most ${COLLECTION_TITLE_MAX} characters`));

export const collectionDescriptionSchema = z
  .string({ error: "must be text" })
  .transform(multiLine)
  .pipe(z.string().max(COLLECTION_DESCRIPTION_MAX, `must be at most ${COLLECTION_DESCRIPTION_MAX} characters`));

export const visibilitySchema = z.enum(VISIBILITIES, { error: "must be one of PRIVATE, UNLISTED, PUBLIC" });

export const itemNoteSchema = z
  .string({ error: "must be text" })
  .transform(multiLine)
  .pipe(z.string().max(ITEM_NOTE_MAX, `must be at most ${ITEM_NOTE_MAX} characters`));

/** Ids are cuids (or similar); anything else cannot name a row, so it is refused before a query. */
export const idSchema = z.string({ error: "must be an id" }).regex(/^[A-Za-z0-9_-]{1,100}$/, "must be an id");

/** For ids taken from a URL path: anything that cannot be an id answers 404 without a query. */
export function isIdShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,100}$/.test(value);
}

/** POST /api/me/collections and the "new collection" forms: optionally saves a paper into it at once. */
export const createCollectionSchema = z.object({
  title: collectionTitleSchema,
  description: collectionDescriptionSchema.default(""),
  visibility: visibilitySchema.default("PRIVATE"),
  paperId: idSchema.optional(),
});
export type CreateCollectionInput = z.input<typeof createCollectionSchema>;

/** PATCH /api/me/collections/[id]: rename, describe, change visibility; at least one of them. */
export const updateCollectionSchema = z
  .object({
    title: collectionTitleSchema.optional(),
    description: collectionDescriptionSchema.optional(),
    visibility: visibilitySchema.optional(),
  })
  .refine((value) => value.title !== undefined || value.description !== undefined || value.visibility !== undefined, {
    error: "give a title, description or visibility to change",
  });
export type UpdateCollectionInput = z.output<typeof updateCollectionSchema>;

/**
 * PATCH /api/me/collections/[id]/items/[paperId]: a new note, or a move to just after another
 * item (`after: null` moves it to the top). Naming the neighbour rather than an index keeps a
 * move right even when the list changed in another tab.
 */
export const updateItemSchema = z
  .object({
    note: itemNoteSchema.optional(),
    after: idSchema.nullable().optional(),
  })
  .refine((value) => value.note !== undefined || value.after !== undefined, { error: "give a note or a position (after)" });
export type UpdateItemInput = z.output<typeof updateItemSchema>;

/** POST /api/me/saves: save a paper to the Reading list. */
export const savePaperSchema = z.object({ paperId: idSchema });

/** POST /api/me/collections/[id]/share: share (or keep sharing) by link; `regenerate` replaces the link. */
export const shareCollectionSchema = z
  .object({ regenerate: z.boolean({ error: "must be true or false" }).default(false) })
  .default({ regenerate: false });

/** POST /api/me/collections/copies: copy a collection I can see, by its share token or (public) id. */
export const copyCollectionSchema = z
  .object({
    token: z.string({ error: "must be a share token" }).min(1).max(200, "must be a share token").optional(),
    collectionId: idSchema.optional(),
  })
  .refine((value) => (value.token === undefined) !== (value.collectionId === undefined), { error: "give either token or collectionId" });

/** Query of GET /api/collections (public collections). Unknown parameters are ignored; known ones must be valid. */
export const collectionsQuerySchema = z.object({ limit: limitParam(50, 20), cursor: cursorParam });

/** `?format=` of a collection's download. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(", ")}` }),
});
