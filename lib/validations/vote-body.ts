import { z } from "zod";

/** PUT/DELETE /api/papers/{id}/vote: no body, or an empty JSON object. The method says it all. */
export const voteBodySchema = z.strictObject({}, { error: "must be empty or {}" }).optional();
