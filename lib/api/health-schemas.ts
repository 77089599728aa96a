import { z } from "zod";

export const healthResponseSchema = z.strictObject({ status: z.literal("ok") });

export const readyResponseSchema = z.strictObject({ ready: z.boolean(), database: z.string(), migrations: z.string() });
