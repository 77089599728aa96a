import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
import { paperSummarySchema } from "@/lib/api/papers-schemas";

/** Answers of the discovery routes: similar papers (public, in the OpenAPI document). */

export const similarPaperSchema = paperSummarySchema.extend({
  similarity: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: "Cosine similarity of the two papers' TF-IDF vectors (title, abstract, authors), to 3 decimals." }),
});
export type SimilarPaper = z.infer<typeof similarPaperSchema>;

export const similarPapersSchema = z
  .strictObject({
    papers: z.array(similarPaperSchema).meta({
      description: "Most similar first. Empty when nothing resembles the paper, or for a few minutes after it was added.",
    }),
  })
  .register(apiRegistry, { id: "SimilarPapers" });
export type SimilarPapers = z.infer<typeof similarPapersSchema>;
