import { z } from "zod";

/** POST /api/comments/{id}/report. */
export const reportResponseSchema = z.strictObject({ reported: z.literal(true) });
