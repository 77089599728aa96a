import { z } from "zod";

/** Query of GET /api/collections. Unknown parameters are ignored; known ones must be valid. */
export const collectionsQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "must be a whole number from 1 to 50" })
    .int("must be a whole number from 1 to 50")
    .min(1, "must be at least 1")
    .max(50, "must be at most 50")
    .default(20),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "must be the nextCursor of a previous response")
    .optional(),
});
