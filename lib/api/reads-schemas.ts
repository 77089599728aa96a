import { z } from "zod";
import { isoDate } from "@/lib/api/api-registry";
import { paperSummarySchema } from "@/lib/api/papers-schemas";

/**
 * Answers of the signed-in person's read state (/api/me/reads). Personal, like every /api/me
 * route, so not in the public OpenAPI document; the end-to-end tests parse real answers with them.
 */

/** PUT and DELETE /api/me/reads/{paperId}: the paper's read state after the call. */
export const readStateResponseSchema = z.strictObject({
  read: z.boolean(),
  /** When it was marked read (this call, for a PUT); null once unread. */
  readAt: isoDate.nullable(),
});
export type ReadStateResponse = z.infer<typeof readStateResponseSchema>;

/** GET /api/me/reads: a page of what the person read, last read first. */
export const readPageSchema = z.strictObject({
  reads: z.array(z.strictObject({ readAt: isoDate, paper: paperSummarySchema })),
  nextCursor: z.string().nullable(),
});
export type ReadPage = z.infer<typeof readPageSchema>;
