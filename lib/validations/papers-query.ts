import { z } from "zod";
import { isArxivCategory } from "@/lib/papers/arxiv-category";
import { FEED_SORTS } from "@/lib/papers/feed-sort";
import { parsePeriod, type PeriodKind } from "@/lib/periods";
import { cursorParam, limitParam } from "@/lib/validations/page-query";

function periodParam(kind: PeriodKind, message: string) {
  return z
    .string()
    .transform((raw, ctx) => parsePeriod(kind, raw) ?? (ctx.addIssue({ code: "custom", message }), z.NEVER))
    .optional();
}

const categoryParam = z.string().refine(isArxivCategory, "must be an arXiv category like cs.LG");

/** `has_code=1`: only papers with a code link (`0`, or leaving it out, lists them all). */
export const hasCodeParam = z
  .enum(["0", "1"], { error: "must be 1 (only papers with code) or 0" })
  .transform((value) => value === "1")
  .optional();

/** Query of GET /api/papers. Unknown parameters are ignored; known ones must be valid. */
export const papersQuerySchema = z
  .object({
    sort: z.enum(FEED_SORTS, { error: `must be one of ${FEED_SORTS.join(", ")}` }).default("trending"),
    limit: limitParam(100, 30),
    cursor: cursorParam,
    category: categoryParam.optional(),
    has_code: hasCodeParam,
    date: periodParam("date", "must be a day like 2025-10-29"),
    week: periodParam("week", "must be an ISO week like 2025-W44"),
    month: periodParam("month", "must be a month like 2025-10"),
  })
  .refine((query) => [query.date, query.week, query.month].filter(Boolean).length <= 1, "give only one of date, week and month");

export type PapersQuery = z.infer<typeof papersQuerySchema>;

/** Query of /feed.xml and /rss.xml: `?category=` and `?has_code=`. */
export const paperFeedQuerySchema = z.object({ category: categoryParam.optional(), has_code: hasCodeParam });
