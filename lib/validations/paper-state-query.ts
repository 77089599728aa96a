import { z } from "zod";

export const PAPER_STATE_MAX_IDS = 100;

/** `?ids=a,b,c` of GET /api/me/paper-state: up to 100 distinct ids; none asks only who is signed in. */
export const paperStateQuerySchema = z.object({
  ids: z
    .string({ error: "must be a comma-separated list of paper ids" })
    .default("")
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
        .max(PAPER_STATE_MAX_IDS, `must list at most ${PAPER_STATE_MAX_IDS} ids`),
    ),
  /** The paper whose discussion the page shows: the answer then carries the viewer's comment state. */
  comments: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a paper id")
    .optional(),
});

/** The body of POST /api/me/paper-state: the paper whose page the viewer opened. */
export const paperOpenedSchema = z.object({
  opened: z.string({ error: "must be the id of the paper opened" }).min(1, "must not be empty").max(100, "must be at most 100 characters"),
});
