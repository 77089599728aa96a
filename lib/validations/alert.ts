import { z } from "zod";
import { buildSearchQuery, cleanSearchText, MAX_QUERY_LENGTH } from "@/lib/search/build-search-query";
import { isArxivCategory } from "@/lib/papers/arxiv-category";

export const MAX_AUTHOR_NAME_LENGTH = 200;

/**
 * Body of POST /api/me/alerts: what to follow. A search is the search page's `q` and `has_code`,
 * refused when it has no word to look for (empty, or only `-excluded` words, which would match
 * nearly every paper); the words themselves are checked against PostgreSQL when the alert is saved.
 */
export const createAlertSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("search"),
      q: z
        .string()
        .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
        .refine((q) => buildSearchQuery(q).words.length > 0, "enter at least one word to look for (not only -excluded words)"),
      has_code: z.boolean().default(false),
    }),
    z.strictObject({
      kind: z.literal("category"),
      category: z.string().refine(isArxivCategory, "must be an arXiv category like cs.LG"),
    }),
    z.strictObject({
      kind: z.literal("author"),
      name: z
        .string()
        .transform((name) => cleanSearchText(name).trim())
        .pipe(
          z.string().min(1, "enter an author's name").max(MAX_AUTHOR_NAME_LENGTH, `must be at most ${MAX_AUTHOR_NAME_LENGTH} characters`),
        ),
    }),
  ],
  { error: "kind must be one of search, category, author" },
);

export type CreateAlertInput = z.infer<typeof createAlertSchema>;

/**
 * The Follow button's form, posted without script: the same fields as text, with `has_code` "1"
 * when the search has it (a form cannot send a boolean); then the same checks as the JSON body.
 */
export const followFormSchema = z
  .record(z.string(), z.unknown())
  .transform(({ has_code, ...fields }) => (fields.kind === "search" ? { ...fields, has_code: has_code === "1" } : fields))
  .pipe(createAlertSchema);

/** Body of POST /api/me/inbox: mark some papers, or every one, read (or unread again). */
export const markInboxSchema = z.union(
  [
    z.strictObject({ all: z.literal(true), read: z.boolean().default(true) }),
    z.strictObject({
      paperIds: z.array(z.string().min(1).max(64)).min(1, "give at least one paper id").max(100, "give at most 100 paper ids"),
      read: z.boolean().default(true),
    }),
  ],
  { error: "give paperIds (a list of paper ids) or all: true" },
);

export type MarkInboxInput = z.infer<typeof markInboxSchema>;
