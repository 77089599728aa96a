import { z } from "zod";

export const PAPER_STATE_MAX_IDS = 100;

/** `?ids=a,b,c` of GET /api/me/paper-state: 1 to 100 distinct ids. */
export const paperStateQuerySchema = z.object({
  ids: z
    .string({ error: "is required: a comma-separated list of paper ids" })
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(100, "each id must be at most 100 characters"))
        .min(1, "is required: a comma-separated list of paper ids")
        .max(PAPER_STATE_MAX_IDS, `must list at most ${PAPER_STATE_MAX_IDS} ids`),
    ),
});
