import { z } from "zod";

/**
 * The public API's response shapes. The OpenAPI document is generated from these, and the tests
 * parse real responses with them (strict: an undocumented field fails), so docs cannot drift.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

const isoDate = z.iso.datetime({ offset: true });

export const paperSummarySchema = z
  .strictObject({
    id: z.string().meta({ description: "Stable id; use it with /api/papers/{id}." }),
    slug: z.string().meta({ description: "The paper page is /papers/{slug}." }),
    arxivId: z.string().nullable().meta({ description: "Versionless arXiv id, e.g. 2310.06825 or hep-th/9711200." }),
    title: z.string(),
    abstract: z.string(),
    authors: z.array(z.string()).meta({ description: "Names in order; empty when only the count is known." }),
    authorCount: z.number().int().min(0),
    publishedAt: isoDate.nullable(),
    listedAt: isoDate.meta({ description: "When the paper entered the daily feed." }),
    upvotes: z.number().int().min(0),
    categories: z.array(z.string()).meta({ description: "arXiv categories, primary first." }),
  })
  .register(apiRegistry, { id: "PaperSummary" });

export const paperDetailSchema = paperSummarySchema
  .extend({
    pdfUrl: z.string().nullable(),
    url: z.string().nullable().meta({ description: "The paper's page at its source (arXiv)." }),
    primaryCategory: z.string().nullable(),
    addedAt: isoDate,
    submittedBy: z
      .strictObject({ name: z.string().nullable(), username: z.string().nullable() })
      .nullable()
      .meta({ description: "Who submitted the paper here, when someone did." }),
  })
  .register(apiRegistry, { id: "PaperDetail" });

export const paperPageSchema = z
  .strictObject({
    papers: z.array(paperSummarySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .register(apiRegistry, { id: "PaperPage" });

const highlightSchema = z
  .array(z.strictObject({ text: z.string(), match: z.literal(true).optional() }))
  .meta({ description: "The text in runs; `match: true` marks the words that matched." });

export const searchResultSchema = z
  .strictObject({
    papers: z.array(paperSummarySchema.extend({ highlight: z.strictObject({ title: highlightSchema, abstract: highlightSchema }) })),
    nextCursor: z.string().nullable(),
    fallback: z.enum(["corrected", "similar"]).nullable().meta({
      description: "When the query as typed matched nothing: results of the spelling `suggestion`, or papers with similar titles.",
    }),
    suggestion: z.string().nullable(),
    approximate: z.boolean().meta({ description: "Relevance ranked only the most trending matches of a very broad query." }),
  })
  .register(apiRegistry, { id: "SearchResult" });

export const publicCollectionSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    itemCount: z.number().int().min(0),
    createdAt: isoDate,
    updatedAt: isoDate,
    owner: z.strictObject({ username: z.string().nullable(), name: z.string().nullable() }),
    papers: z
      .array(z.strictObject({ id: z.string(), slug: z.string(), title: z.string(), note: z.string() }))
      .meta({ description: "In reading order; the first 100 (see itemCount)." }),
  })
  .register(apiRegistry, { id: "PublicCollection" });

export const collectionPageSchema = z
  .strictObject({ collections: z.array(publicCollectionSchema), nextCursor: z.string().nullable() })
  .register(apiRegistry, { id: "CollectionPage" });

export const apiErrorSchema = z
  .strictObject({ error: z.string().meta({ description: 'What was wrong, e.g. "limit: must be at most 100".' }) })
  .register(apiRegistry, { id: "Error" });
