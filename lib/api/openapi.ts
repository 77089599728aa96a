import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
// Imported for their registrations: every documented schema is registered where it is defined.
import "@/lib/api/collections-schemas";
import "@/lib/api/comments-schemas";
import "@/lib/api/discovery-schemas";
import "@/lib/api/papers-schemas";
import { COMMENT_SORTS, COMMENTS_PAGE_DEFAULT, COMMENTS_PAGE_MAX } from "@/lib/comments/comment-limits";
import { CURSOR_PATTERN } from "@/lib/keyset-cursor";
import { FEED_SORTS } from "@/lib/papers/feed-sort";
import { SEARCH_SORTS } from "@/lib/search/search-sort";

type JsonSchema = Record<string, unknown>;

// What the generated schemas carry for validation but a reader of the docs does not need.
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$schema" || key === "$id") continue;
    // New fields may be added to responses; clients should ignore what they do not know.
    if (key === "additionalProperties" && value === false) continue;
    if (key === "pattern" && (node as JsonSchema).format === "date-time") continue;
    if (key === "maximum" && value === Number.MAX_SAFE_INTEGER) continue;
    out[key] = tidy(value);
  }
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string, headers?: JsonSchema) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: ref(id) } },
});
const badRequest = json("Error", "A parameter is not valid; `error` says which and why.");
const linkHeader = {
  Link: {
    description: 'RFC 8288 links: `rel="next"` (when there is a next page) and `rel="first"` (when `cursor` was given).',
    schema: { type: "string" },
  },
};

const limit = (max: number, fallback: number) => ({
  name: "limit",
  in: "query",
  description: `Items per page, 1 to ${max}.`,
  schema: { type: "integer", minimum: 1, maximum: max, default: fallback },
});
const cursor = {
  name: "cursor",
  in: "query",
  description: "The `nextCursor` of the previous page.",
  schema: { type: "string", pattern: CURSOR_PATTERN },
};
const category = {
  name: "category",
  in: "query",
  description: "Only papers in this arXiv category.",
  schema: { type: "string", examples: ["cs.LG", "hep-th"] },
};

const hasCode = {
  name: "has_code",
  in: "query",
  description: "1: only papers with a code link (`codeUrl`); 0 or absent: all papers.",
  schema: { type: "string", enum: ["0", "1"] },
};

/** The OpenAPI 3.1 description of the public API, served at /api/openapi.json. */
export function openApiDocument() {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  return {
    openapi: "3.1.0",
    info: {
      title: "Papershelf API",
      version: "1",
      description:
        "Read-only JSON API of a Papershelf server: the paper feed, papers, search and public collections. " +
        "No key is needed; every endpoint answers cross-origin GET requests (CORS). Errors are JSON with a 4xx status: " +
        '`{"error": "limit: must be at most 100"}`. Pages continue with an opaque `cursor` (also given in the `Link` header).',
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/papers": {
        get: {
          operationId: "listPapers",
          summary: "A page of papers, sorted and optionally filtered",
          parameters: [
            {
              name: "sort",
              in: "query",
              description: "trending: votes and recency; top: votes; new: listing date.",
              schema: { type: "string", enum: [...FEED_SORTS], default: "trending" },
            },
            limit(100, 30),
            cursor,
            category,
            hasCode,
            {
              name: "date",
              in: "query",
              description: "Only papers listed on this day (UTC).",
              schema: { type: "string", format: "date", examples: ["2025-10-29"] },
            },
            {
              name: "week",
              in: "query",
              description: "Only papers listed in this ISO week.",
              schema: { type: "string", pattern: "^\\d{4}-W\\d{2}$", examples: ["2025-W44"] },
            },
            {
              name: "month",
              in: "query",
              description: "Only papers listed in this month. Give at most one of date, week and month.",
              schema: { type: "string", pattern: "^\\d{4}-\\d{2}$", examples: ["2025-10"] },
            },
          ],
          responses: { "200": json("PaperPage", "A page of papers.", linkHeader), "400": badRequest },
        },
      },
      "/api/papers/{id}": {
        get: {
          operationId: "getPaper",
          summary: "One paper",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": json("PaperDetail", "The paper."), "404": json("Error", "No paper has this id.") },
        },
      },
      "/api/papers/{id}/similar": {
        get: {
          operationId: "listSimilarPapers",
          summary: "The papers most similar to one (TF-IDF over title, abstract and authors), at most 20",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, limit(50, 10)],
          responses: {
            "200": json("SimilarPapers", "Similar papers, most similar first."),
            "400": badRequest,
            "404": json("Error", "No paper has this id."),
          },
        },
      },
      "/api/papers/{id}/comments": {
        get: {
          operationId: "listPaperComments",
          summary: "A paper's discussion: a page of top-level comments, each with its replies to a readable depth",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            {
              name: "sort",
              in: "query",
              description: "best: Wilson lower bound of upvotes (one non-voter counted), ties oldest first; new: newest first.",
              schema: { type: "string", enum: [...COMMENT_SORTS], default: "best" },
            },
            limit(COMMENTS_PAGE_MAX, COMMENTS_PAGE_DEFAULT),
            cursor,
          ],
          responses: {
            "200": json("CommentPage", "Top-level comments with their replies; `bodyHtml` is sanitised HTML."),
            "400": badRequest,
            "404": json("Error", "No paper has this id."),
          },
        },
      },
      "/api/papers/search": {
        get: {
          operationId: "searchPapers",
          summary: "Full-text search over titles, authors and abstracts, highlighted",
          parameters: [
            {
              name: "q",
              in: "query",
              description: "Words to find; an empty query finds nothing. Misspellings fall back to a suggestion or similar titles.",
              schema: { type: "string", maxLength: 250, default: "" },
            },
            { name: "sort", in: "query", schema: { type: "string", enum: [...SEARCH_SORTS], default: "relevance" } },
            limit(100, 20),
            cursor,
            hasCode,
          ],
          responses: { "200": json("SearchResult", "A page of matching papers."), "400": badRequest },
        },
      },
      "/api/collections": {
        get: {
          operationId: "listPublicCollections",
          summary: "Public collections, most recently changed first",
          parameters: [limit(50, 20), cursor],
          responses: { "200": json("CollectionPage", "A page of public collections with their papers.", linkHeader), "400": badRequest },
        },
      },
      "/feed.xml": {
        get: {
          operationId: "atomFeed",
          summary: "Atom feed of the newest papers (RSS 2.0 at /rss.xml)",
          parameters: [category, hasCode],
          responses: { "200": { description: "An Atom feed.", content: { "application/atom+xml": {} } }, "400": badRequest },
        },
      },
    },
    components: { schemas: tidy(schemas) },
  };
}
