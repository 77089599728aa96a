import { z } from "zod";
import { PUBLIC_COLLECTIONS_TAG } from "@/lib/collections/cache";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";

/** The cache tags a worker may refresh: the ones background work can change. */
export const revalidateBodySchema = z.strictObject({
  tags: z
    .array(z.enum([PAPERS_TAG, PUBLIC_COLLECTIONS_TAG]))
    .min(1)
    .max(10),
});

export const revalidateResponseSchema = z.strictObject({ revalidated: z.array(z.string()) });
