import { z } from "zod";

/** The internal revalidate route's answer: the tags it refreshed, each way. */
export const revalidateResponseSchema = z.strictObject({ now: z.array(z.string()), background: z.array(z.string()) });
