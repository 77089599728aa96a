import { z } from "zod";
import { isArxivCategory } from "@/lib/papers/arxiv-category";
import { FEED_SORTS } from "@/lib/papers/feed-sort";
import { parsePeriod, type PeriodKind } from "@/lib/periods";

function periodParam(kind: PeriodKind, message: string) {
  return z
    .string()
    .transform((raw, ctx) => parsePeriod(kind, raw) ?? (ctx.addIssue({ code: "custom", message }), z.NEVER))
    .optional();
}

/** Query of GET /api/papers. Unknown parameters are ignored; known ones must be valid. */
export const papersQuerySchema = z
  .object({
    sort: z.enum(FEED_SORTS, { error: `must be one of ${FEED_SORTS.join(", ")}` }).default("trending"),
    limit: z.coerce
      .number({ error: "must be a whole number from 1 to 100" })
      .int("must be a whole number from 1 to 100")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(30),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/, "must be the nextCursor of a previous response")
      .optional(),
    category: z.string().refine(isArxivCategory, "must be an arXiv category like cs.LG").optional(),
    date: periodParam("date", "must be a day like 2025-10-29"),
    week: periodParam("week", "must be an ISO week like 2025-W44"),
    month: periodParam("month", "must be a month like 2025-10"),
  })
  .refine((query) => [query.date, query.week, query.month].filter(Boolean).length <= 1, "give only one of date, week and month");

export type PapersQuery = z.infer<typeof papersQuerySchema>;

/** Reads a URLSearchParams into the schema's input; a repeated parameter is an error, not a guess. */
export function searchParamsToObject(params: URLSearchParams): { ok: true; value: Record<string, string> } | { ok: false; error: string } {
  const value: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, error: `${key}: give it once` };
    value[key] = values[0]!;
  }
  return { ok: true, value };
}
