import { z } from "zod";

/**
 * The schemas of the public API's answers, by id. The OpenAPI document (lib/api/openapi.ts) is
 * generated from it, and the end-to-end tests parse real answers with the same schemas (strict:
 * an undocumented field fails), so the docs cannot drift from what the server sends.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

/** Dates in answers are ISO 8601 strings with an offset (`toISOString()`'s "Z"). */
export const isoDate = z.iso.datetime({ offset: true });

/** Every error answer, of every route. */
export const apiErrorSchema = z
  .strictObject({
    error: z.string().meta({ description: 'What was wrong, e.g. "limit: must be at most 100".' }),
    requestId: z.string().optional().meta({ description: "On a 500 only: the id under which the server logged the failure." }),
  })
  .register(apiRegistry, { id: "Error" });
