import { z } from "zod";
import { isoDate } from "@/lib/api/api-registry";
import { paperSummarySchema } from "@/lib/api/papers-schemas";

/** Answers of GET /api/me/recommendations: personal, so not in the public OpenAPI document. */

export const RECOMMENDATION_WINDOWS = ["week", "all"] as const;
export type RecommendationWindow = (typeof RECOMMENDATION_WINDOWS)[number];

const paperLinkSchema = z.strictObject({ slug: z.string(), title: z.string() });

export const recommendationReasonSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("saved"), paper: paperLinkSchema, collection: z.strictObject({ id: z.string(), title: z.string() }) }),
  z.strictObject({ kind: z.literal("upvoted"), paper: paperLinkSchema }),
  z.strictObject({ kind: z.literal("category"), category: z.string() }),
  z.strictObject({ kind: z.literal("trending") }),
]);
export type RecommendationReasonView = z.infer<typeof recommendationReasonSchema>;

export const recommendedPaperSchema = paperSummarySchema.extend({ reason: recommendationReasonSchema });
export type RecommendedPaper = z.infer<typeof recommendedPaperSchema>;

export const recommendationsResponseSchema = z.strictObject({
  papers: z.array(recommendedPaperSchema),
  /** "trending": the reader has nothing to learn from yet; "model": their own. */
  basis: z.enum(["model", "trending"]),
  window: z.enum(RECOMMENDATION_WINDOWS),
  /** When the list was last trained; null for trending or a collection's list (made now). */
  trainedAt: isoDate.nullable(),
  collection: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
  startCategories: z.array(z.string()),
});
export type RecommendationsResponse = z.infer<typeof recommendationsResponseSchema>;

export const dismissalResponseSchema = z.strictObject({ dismissed: z.boolean() });
export type DismissalResponse = z.infer<typeof dismissalResponseSchema>;
export const startCategoriesResponseSchema = z.strictObject({ startCategories: z.array(z.string()) });
