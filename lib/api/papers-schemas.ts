import { z } from "zod";
import { apiRegistry, isoDate } from "@/lib/api/api-registry";

/**
 * Answers of the paper routes: the public feed, a paper, search (documented in the OpenAPI
 * document), and the signed-in writes on papers (votes, imports). Each type is inferred from its
 * schema, and each route's handler is checked against the schema when it compiles.
 */

/** What a feed card needs: no more, so cached pages and JSON stay small. */
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
    codeUrl: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .meta({ description: "The paper's code repository (usually on GitHub), from Hugging Face or the arXiv abstract; always http(s)." }),
    codeStars: z
      .number()
      .int()
      .min(0)
      .nullable()
      .meta({ description: "The repository's stars as the source last reported them; null when unknown or without `codeUrl`." }),
    projectUrl: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .meta({ description: "The paper's project page; always http(s)." }),
    hfUpvotes: z.number().int().min(0).nullable().meta({
      description:
        "Upvotes on Hugging Face Daily Papers, as ingestion last saw them: their count, apart from `upvotes`, which are this server's.",
    }),
    commentCount: z.number().int().min(0).meta({ description: "Comments in the paper's discussion (deleted ones left out)." }),
  })
  .register(apiRegistry, { id: "PaperSummary" });
export type PaperSummary = z.infer<typeof paperSummarySchema>;

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
export type PaperDetail = z.infer<typeof paperDetailSchema>;

export const paperPageSchema = z
  .strictObject({
    papers: z.array(paperSummarySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .register(apiRegistry, { id: "PaperPage" });
export type PaperPage = z.infer<typeof paperPageSchema>;

/** A piece of highlighted text: `match` pieces are what the query found. Rendered as text, never HTML. */
const highlightPartSchema = z.strictObject({ text: z.string(), match: z.literal(true).optional() });
export type HighlightPart = z.infer<typeof highlightPartSchema>;

const highlightSchema = z.array(highlightPartSchema).meta({ description: "The text in runs; `match: true` marks the words that matched." });

export const searchHitSchema = paperSummarySchema.extend({
  highlight: z.strictObject({ title: highlightSchema, abstract: highlightSchema }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z
  .strictObject({
    papers: z.array(searchHitSchema),
    nextCursor: z.string().nullable().meta({ description: "Null on the last page and for fallback results." }),
    fallback: z.enum(["corrected", "similar"]).nullable().meta({
      description: "When the query as typed matched nothing: results of the spelling `suggestion`, or papers with similar titles.",
    }),
    suggestion: z.string().nullable(),
    approximate: z.boolean().meta({ description: "Relevance ranked only the most trending matches of a very broad query." }),
  })
  .register(apiRegistry, { id: "SearchResult" });
export type SearchResult = z.infer<typeof searchResultSchema>;

/** PUT and DELETE /api/papers/{id}/vote: the viewer's vote and the paper's count after it. */
export const voteResponseSchema = z.strictObject({ voted: z.boolean(), upvotes: z.number().int().min(0) });
export type VoteResponse = z.infer<typeof voteResponseSchema>;

/** POST /api/papers/import: the paper as saved; 201 when it is new, 200 when it was updated. */
export const importPaperResponseSchema = z.strictObject({
  paper: z.strictObject({
    id: z.string(),
    slug: z.string(),
    arxivId: z.string(),
    title: z.string(),
    status: z.enum(["created", "updated"]),
  }),
});
export type ImportPaperResponse = z.infer<typeof importPaperResponseSchema>;
