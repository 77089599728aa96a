import { z } from "zod";
import { RECOMMENDATION_WINDOWS } from "@/lib/api/recommendations-schemas";
import { isArxivCategory } from "@/lib/papers/arxiv-category";

export const recommendationsQuerySchema = z.object({
  window: z.enum(RECOMMENDATION_WINDOWS, { error: 'must be "week" or "all"' }).default("week"),
  collection: z.string().min(1).max(100, "is too long").optional(),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(50, "must be at most 50")
    .default(20),
});

/**
 * A new reader's starting categories: JSON `{ "categories": [...] }`, or the page's form, whose
 * checkboxes are named `category:<name>` (a form field may not repeat: lib/http/read-request.ts).
 */
export const startCategoriesSchema = z
  .record(z.string(), z.unknown())
  .transform((fields) =>
    Array.isArray(fields.categories)
      ? fields.categories
      : Object.keys(fields)
          .filter((key) => key.startsWith("category:"))
          .map((key) => key.slice("category:".length)),
  )
  .pipe(
    z
      .array(z.string().refine(isArxivCategory, "is not an arXiv category"))
      .min(1, "choose at least one category")
      .max(10, "choose at most 10 categories")
      .transform((categories) => [...new Set(categories)]),
  );
